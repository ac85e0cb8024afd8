import { fr, type PluralForms } from "@/lib/i18n/fr";
import { listPrimaryNavigation } from "@/lib/navigation";
import type { SearchKind } from "@/lib/search/types";

export type EngineLink = { kind: SearchKind; href: string; noun: PluralForms };

/** The kinds that have their own search page, in the order the portal presents them. */
const ENGINES: readonly EngineLink[] = [
  { kind: "formation", href: "/formations", noun: fr.catalog.kinds.formation },
  { kind: "metier", href: "/metiers", noun: fr.catalog.kinds.metier },
  { kind: "organisme", href: "/organismes", noun: fr.catalog.kinds.organisme },
  { kind: "evenement", href: "/evenements", noun: fr.catalog.kinds.evenement },
  { kind: "financement", href: "/financements", noun: fr.catalog.kinds.financement },
  { kind: "structure", href: "/structures", noun: fr.catalog.kinds.structure },
  { kind: "ressource", href: "/ressources", noun: fr.catalog.kinds.ressource },
];

/** Engines whose page exists (lib/navigation's `available` flag), so no link leads to a 404. */
export function listAvailableEngines(): EngineLink[] {
  const available = new Set(listPrimaryNavigation().map((item) => item.href));
  return ENGINES.filter((engine) => available.has(engine.href));
}

/** An engine's URL with the query text carried over. */
export function engineHref(engine: Pick<EngineLink, "href">, q: string): string {
  return q ? `${engine.href}?${new URLSearchParams({ q }).toString()}` : engine.href;
}
