import Link from "next/link";
import type { ReactNode } from "react";
import { Icon, type IconName } from "@/components/search/icons";
import type { FormationDetail } from "@/db/queries/formation-detail";
import { fr } from "@/lib/i18n/fr";
import { formatIsoDate } from "@/lib/i18n/format";
import { levelLabel } from "../../_components/filter-labels";
import { contactName, hoursSummary, nextSessionStart, priceSummary, safeUrl, unique } from "./detail-format";

const t = fr.formation;

/** "L'essentiel": the facts people compare trainings on, in a side column on wide screens. */
export function KeyFacts({ detail, today }: { detail: FormationDetail; today: string }) {
  const next = nextSessionStart(detail, today);
  const modalities = unique(detail.actions.map((a) => a.modality)).map((m) => fr.catalog.modality[m] ?? m);
  const alternances = unique(detail.actions.map((a) => a.alternance)).map((a) => fr.catalog.alternance[a] ?? a);
  const facts: { icon: IconName; label: string; value: ReactNode }[] = [
    {
      icon: "calendar",
      label: fr.formations.meta.nextSession,
      value: next ? <time dateTime={next}>{formatIsoDate(next)}</time> : fr.formations.meta.noUpcoming,
    },
    { icon: "level", label: t.entryLevel, value: detail.entryLevel ? levelLabel(String(detail.entryLevel)) : t.noLevel },
    { icon: "certificate", label: t.exitLevel, value: detail.exitLevel ? levelLabel(String(detail.exitLevel)) : t.noLevel },
    { icon: "clock", label: t.duration, value: hoursSummary(detail.actions) ?? t.priceUnknown },
    { icon: "euro", label: t.price, value: priceSummary(detail.actions) ?? t.priceUnknown },
  ];
  if (modalities.length > 0) facts.push({ icon: "laptop", label: t.modality, value: modalities.join(", ") });
  facts.push({
    icon: "briefcase",
    label: t.alternance,
    value: alternances.length > 0 ? alternances.join(", ") : t.noAlternance,
  });
  return (
    <section aria-labelledby="essentiel-titre" className="rounded-card border border-line bg-surface p-5">
      <h2 id="essentiel-titre" className="text-lg font-bold text-brand-900">
        {t.keyFacts}
      </h2>
      <dl className="mt-3 space-y-3">
        {facts.map((fact) => (
          <div key={fact.label} className="relative pl-8">
            <dt className="text-sm font-semibold text-ink-muted">
              <Icon name={fact.icon} className="absolute top-1 left-0 text-brand-600" />
              {fact.label}
            </dt>
            <dd className="font-semibold text-ink">{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function OrganisationCard({ detail }: { detail: FormationDetail }) {
  const organisation = detail.organisation;
  const trainers = unique(
    detail.actions.flatMap((a) => a.trainers).filter((tr) => tr.id !== organisation?.id).map((tr) => tr.name),
  );
  if (!organisation && trainers.length === 0) return null;
  return (
    <section aria-labelledby="organisme-titre" className="rounded-card border border-line bg-white p-5 shadow-card">
      <h2 id="organisme-titre" className="text-lg font-bold text-brand-900">
        {t.organisationHeading}
      </h2>
      {organisation && (
        <div className="mt-3 flex gap-3">
          <Icon name="building" className="mt-1 text-brand-600" />
          <div>
            <p className="font-semibold text-ink">{organisation.name}</p>
            {organisation.city && <p className="text-ink-muted">{organisation.city}</p>}
            {organisation.active && (
              <Link
                href={`/organismes/${organisation.id}`}
                className="mt-1 inline-block text-sm font-semibold text-brand-700 underline hover:text-brand-900"
              >
                {t.seeOrganisation}
                <span className="sr-only"> {organisation.name}</span>
              </Link>
            )}
          </div>
        </div>
      )}
      {trainers.length > 0 && (
        <div className="mt-4">
          <p className="text-sm font-semibold text-ink-muted">{t.trainers}</p>
          <ul className="mt-1 list-disc pl-5">
            {trainers.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

export function ContactCard({ detail }: { detail: FormationDetail }) {
  const contacts = detail.contacts.filter((c) => c.phones?.length || c.email || contactName(c));
  const links = unique([...detail.urls, ...detail.actions.flatMap((a) => a.urls)].map(safeUrl)).slice(0, 1);
  if (contacts.length === 0 && links.length === 0) return null;
  return (
    <section aria-labelledby="contact-titre" className="rounded-card border border-line bg-white p-5 shadow-card">
      <h2 id="contact-titre" className="text-lg font-bold text-brand-900">
        {t.contactHeading}
      </h2>
      <ul role="list" className="mt-3 space-y-4">
        {contacts.map((contact, index) => (
          <li key={`${contactName(contact) ?? ""}-${index}`} className="space-y-1">
            {contactName(contact) && <p className="font-semibold">{contactName(contact)}</p>}
            {[...(contact.phones ?? []), ...(contact.mobiles ?? [])].map((phone) => (
              <p key={phone} className="flex items-center gap-2">
                <Icon name="phone" className="text-brand-600" />
                <span className="sr-only">{t.contactPhone} : </span>
                <a href={`tel:${phone.replace(/[^\d+]/g, "")}`} className="text-brand-700 underline">
                  {phone}
                </a>
              </p>
            ))}
            {contact.email && (
              <p className="flex items-center gap-2">
                <Icon name="mail" className="text-brand-600" />
                <span className="sr-only">{t.contactEmail} : </span>
                <a href={`mailto:${contact.email}`} className="break-all text-brand-700 underline">
                  {contact.email}
                </a>
              </p>
            )}
          </li>
        ))}
        {links.map((url) => (
          <li key={url}>
            <a href={url} rel="noopener" className="inline-flex items-center gap-2 break-all text-brand-700 underline">
              <Icon name="external" className="text-brand-600" />
              {t.website}
              <span className="sr-only"> ({new URL(url).hostname})</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
