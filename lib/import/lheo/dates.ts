/**
 * LHEO dates are `AAAAMMJJ`. Feeds use `00000000` for "unknown" and a `00` day for "some day in
 * that month" (e.g. 20180900): the first is null, the second the first of the month, flagged.
 */
export type LheoDate =
  | { value: string; issue?: undefined }
  | { value: string; issue: "day-zero" }
  | { value: null; issue?: "invalid" };

function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function parseLheoDate(raw: string | undefined): LheoDate {
  if (raw === undefined) return { value: null };
  const trimmed = raw.trim();
  if (trimmed === "" || /^0+$/.test(trimmed)) return { value: null };
  // Some feeds (and extras) write ISO dates; accept them silently.
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(trimmed);
  if (!match) return { value: null, issue: "invalid" };
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const year = Number(y);
  const month = Number(m);
  if (year < 1900 || month < 1 || month > 12) return { value: null, issue: "invalid" };
  if (d === "00") return { value: `${y}-${m}-01`, issue: "day-zero" };
  if (!isValidDay(year, month, Number(d))) return { value: null, issue: "invalid" };
  return { value: `${y}-${m}-${d}` };
}
