import Link from "next/link";
import type { ReactNode } from "react";
import { Icon } from "@/components/search/icons";
import type { FormationDetail } from "@/db/queries/formation-detail";
import { publicAudienceLabel } from "@/lib/catalog/public-audiences";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { unique } from "./detail-format";

const t = fr.formation;

export function DetailSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-titre`} className="scroll-mt-6">
      <h2 id={`${id}-titre`} className="text-2xl font-bold text-brand-900">
        {title}
      </h2>
      <div className="mt-3 space-y-3 text-[1.0625rem] leading-relaxed">{children}</div>
    </section>
  );
}

/** Feed text keeps its line breaks; each non-empty line becomes a paragraph. */
export function FeedText({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n+/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line, index) => (
          <p key={index}>{line}</p>
        ))}
    </>
  );
}

const FRANCE_COMPETENCES: Record<string, string> = {
  RNCP: "https://www.francecompetences.fr/recherche/rncp/",
  RS: "https://www.francecompetences.fr/recherche/rs/",
};

export function CertificationSection({ detail }: { detail: FormationDetail }) {
  // Certif Info and CPF numbers mean nothing to the public; RNCP and RS fiches do.
  const public_ = detail.certifications.filter((c) => c.kind === "RNCP" || c.kind === "RS");
  return (
    <DetailSection id="certification" title={t.certificationHeading}>
      {public_.length === 0 ? (
        <p>{detail.certifying ? t.certifying : t.notCertifying}</p>
      ) : (
        <ul role="list" className="space-y-3">
          {public_.map((cert) => (
            <li key={`${cert.kind}-${cert.code}`} className="flex gap-3">
              <Icon name="certificate" className="mt-1 text-brand-600" />
              <div>
                <p className="font-semibold">
                  {cert.label ?? `${cert.kind} ${cert.code}`}
                  {cert.level ? <span className="font-normal text-ink-muted"> ({t.certLevel(cert.level)})</span> : null}
                </p>
                <a
                  href={`${FRANCE_COMPETENCES[cert.kind]}${encodeURIComponent(cert.code)}/`}
                  rel="noopener"
                  className="inline-flex items-center gap-1 text-brand-700 underline hover:text-brand-900"
                >
                  {t.francecompetences(cert.kind, cert.code)}
                  <Icon name="external" className="size-4" />
                </a>
              </div>
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}

export function FinancingSection({ detail }: { detail: FormationDetail }) {
  const financers = new Map<string, { label: string; places: number }>();
  for (const financer of detail.actions.flatMap((a) => a.financers)) {
    const known = financers.get(financer.code);
    financers.set(financer.code, {
      label: financer.label,
      places: (known?.places ?? 0) + (financer.fundedPlaces ?? 0),
    });
  }
  const cpf = detail.actions.some((a) => a.cpfEligible);
  const details = unique(detail.actions.flatMap((a) => [a.fundingDetails, a.remainingCosts]));
  const possible = detail.actions.some((a) => a.fundingPossible);
  if (financers.size === 0 && !cpf && details.length === 0 && !possible) return null;
  return (
    <DetailSection id="financement" title={t.financingHeading}>
      {financers.size > 0 && (
        <ul role="list" className="space-y-2">
          {[...financers]
            // The Regional Council first: the portal is the Region's, and so is this funding.
            .sort(([a, x], [b, y]) => Number(b === "2") - Number(a === "2") || x.label.localeCompare(y.label, "fr"))
            .map(([code, financer]) => (
            <li key={code} className="flex gap-3">
              <Icon name="euro" className="mt-1 text-brand-600" />
              <span>
                <span className={code === "2" ? "font-semibold" : undefined}>{financer.label}</span>
                {financer.places > 0 && (
                  <span className="text-ink-muted">
                    {" "}
                    ({formatNumber(financer.places)} {pluralize(financer.places, t.fundedPlaces)})
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {cpf && <p className="font-semibold">{t.cpfEligible}</p>}
      {possible && financers.size === 0 && <p>{t.fundingPossible}</p>}
      {details.map((text) => (
        <FeedText key={text} text={text} />
      ))}
    </DetailSection>
  );
}

export function AccessSection({ detail }: { detail: FormationDetail }) {
  const audiences = unique(detail.actions.flatMap((a) => a.publicCodes)).map(publicAudienceLabel);
  const info = unique(detail.actions.map((a) => a.publicInfo));
  const conditions = unique(detail.actions.map((a) => a.specificConditions));
  const recruitment = unique(detail.actions.map((a) => a.recruitmentDetails));
  const required = detail.actions.some((a) => a.entryLevelRequired);
  const rows: [string, ReactNode][] = [];
  if (audiences.length > 0) rows.push([t.public, audiences.join(", ")]);
  if (required && detail.entryLevel) rows.push([t.entryRequired, fr.catalog.levels[String(detail.entryLevel)]]);
  for (const text of info) rows.push([t.public, <FeedText key={text} text={text} />]);
  for (const text of conditions) rows.push([t.specificConditions, <FeedText key={text} text={text} />]);
  for (const text of recruitment) rows.push([t.recruitment, <FeedText key={text} text={text} />]);
  if (rows.length === 0) return null;
  return (
    <DetailSection id="acces" title={t.accessHeading}>
      <dl className="space-y-3">
        {rows.map(([label, value], index) => (
          <div key={index}>
            <dt className="font-semibold">{label}</dt>
            <dd className="text-ink">{value}</dd>
          </div>
        ))}
      </dl>
    </DetailSection>
  );
}

export function AccessibilitySection({ detail }: { detail: FormationDetail }) {
  const texts = unique(detail.actions.map((a) => a.disabilityAccess));
  return (
    <DetailSection id="accessibilite" title={t.accessibilityHeading}>
      <div className="flex gap-3">
        <Icon name="accessibility" className="mt-1 size-5 text-brand-600" />
        <div>
          <p className="font-semibold">{t.disabilityAccess}</p>
          {texts.length > 0 ? texts.map((text) => <FeedText key={text} text={text} />) : <p>{t.disabilityUnknown}</p>}
        </div>
      </div>
    </DetailSection>
  );
}

export function TradesSection({ detail }: { detail: FormationDetail }) {
  if (detail.trades.length === 0) return null;
  return (
    <DetailSection id="metiers" title={t.tradesHeading}>
      <ul role="list" className="flex flex-wrap gap-2">
        {detail.trades.map((trade) => (
          <li key={trade.code}>
            <Link
              href={`/metiers/${trade.code}`}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-brand-300 bg-brand-50 px-4 font-semibold text-brand-800 no-underline hover:border-brand-600 hover:bg-brand-100"
            >
              <Icon name="briefcase" />
              {trade.label}
              <span className="text-sm font-normal text-ink-muted">({trade.code})</span>
            </Link>
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
