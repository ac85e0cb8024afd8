import type { ImportLevelCounts } from "@/db/schema";

const integer = new Intl.NumberFormat("fr-FR");
const oneDecimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

export function formatCount(n: number): string {
  return integer.format(n);
}

/** "0,4 s", "12 s", "2 min 05 s": precise for short runs, readable for long ones. */
export function formatDuration(ms: number): string {
  if (ms < 10_000) return `${oneDecimal.format(ms / 1000)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, "0")} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/** "1 formation lue", "0 formation lue", "12 formations lues" (French singular up to 1). */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n > 1 ? many : one}`;
}

const CHANGE_WORDS: [keyof ImportLevelCounts, string, string][] = [
  ["created", "créée", "créées"],
  ["updated", "mise à jour", "mises à jour"],
  ["withdrawn", "retirée", "retirées"],
  ["rejected", "rejetée", "rejetées"],
];

/** "20 créées · 5 mises à jour · 30 retirées", zeros left out; "aucun changement" when nothing moved. */
export function formationChanges(c: ImportLevelCounts): string {
  const parts = CHANGE_WORDS.filter(([key]) => c[key] > 0).map(([key, one, many]) => plural(c[key], one, many));
  return parts.length ? parts.join(" · ") : "aucun changement";
}
