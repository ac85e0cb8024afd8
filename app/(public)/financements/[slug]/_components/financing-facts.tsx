import type { FinancingScheme } from "@/db/schema";
import { territoryLabel } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";
import { displayHost, ExternalLink, safeHttpUrl } from "../../../_components/external-link";
import { Fact } from "../../../_components/fact";

/** Side panel of a financing scheme: kind, territory, CPF, the funder's site. */
export function FinancingFacts({ scheme }: { scheme: FinancingScheme }) {
  const f = fr.financing;
  const website = safeHttpUrl(scheme.website);
  return (
    <section aria-labelledby="essentiel" className="rounded-card border border-line bg-surface p-5">
      <h2 id="essentiel" className="text-lg font-bold text-brand-900">
        {f.keyFacts}
      </h2>
      <dl className="mt-3 space-y-4 text-[0.9375rem]">
        {scheme.acronym && <Fact label={f.acronym}>{scheme.acronym}</Fact>}
        <Fact label={f.kind}>{f.kinds[scheme.kind] ?? scheme.kind}</Fact>
        {scheme.territory.length > 0 && <Fact label={f.territory}>{scheme.territory.map(territoryLabel).join(", ")}</Fact>}
        {/* Saying the CPF can top up the CPF would be noise. */}
        {scheme.kind !== "cpf" && <Fact label={f.cpf}>{scheme.cpfEligible ? f.cpfYes : f.cpfNo}</Fact>}
        {website && (
          <Fact label={f.website}>
            <ExternalLink href={website}>{displayHost(website)}</ExternalLink>
          </Fact>
        )}
      </dl>
    </section>
  );
}
