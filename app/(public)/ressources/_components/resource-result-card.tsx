import { ResultCard, type ResultMeta, resultCardFromHit } from "@/components/search/result-card";
import { fr } from "@/lib/i18n/fr";
import type { SearchHit } from "@/lib/search/types";
import { displayHost } from "../../_components/external-link";

/**
 * A resource hit links straight to the resource's site (a new window, announced); its page on
 * the portal stays reachable from the central search.
 */
export function ResourceResultCard({ hit, url }: { hit: SearchHit; url: string | undefined }) {
  const { doc } = hit;
  const m = fr.resources.meta;
  const meta: ResultMeta[] = [];
  const kind = doc.facets.type?.[0];
  if (kind) meta.push({ icon: "laptop", label: m.kind, value: fr.resources.kinds[kind] ?? kind });
  if (doc.subtitle) meta.push({ icon: "building", label: m.publisher, value: doc.subtitle });
  if (url) meta.push({ icon: "external", label: m.site, value: `${displayHost(url)} – ${fr.editorial.externalSite.toLowerCase()}` });
  const themes = (doc.facets.theme ?? []).map((theme) => ({ label: fr.resources.themes[theme] ?? theme, tone: "neutral" as const }));
  return (
    <ResultCard
      {...resultCardFromHit(hit, url ? { href: url } : {})}
      subtitle={undefined}
      external={Boolean(url)}
      meta={meta}
      badges={themes}
    />
  );
}
