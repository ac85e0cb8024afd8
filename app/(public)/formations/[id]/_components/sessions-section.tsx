import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { FormationActionDetail, FormationSessionDetail } from "@/db/queries/formation-detail";
import { fr } from "@/lib/i18n/fr";
import { formatIsoDate, formatNumber, pluralize } from "@/lib/i18n/format";
import { formatPrice, isCurrentSession } from "./detail-format";
import { PlaceList } from "./place-list";

type SessionsSectionProps = { actions: FormationActionDetail[]; today: string };

const t = fr.formation;

/** One block per offer (action): where, how, how long, at what cost, and its dated sessions. */
export function SessionsSection({ actions, today }: SessionsSectionProps) {
  const current = actions.flatMap((a) => a.sessions).filter((s) => isCurrentSession(s, today)).length;
  return (
    <section aria-labelledby="sessions-titre" className="scroll-mt-6">
      <h2 id="sessions-titre" className="text-2xl font-bold text-brand-900">
        {t.sessionsHeading}
      </h2>
      <p className="mt-2 text-ink-muted">
        {current > 0 ? `${formatNumber(current)} ${pluralize(current, t.sessionsIntro)}` : t.noSessions}
      </p>
      <ol role="list" className="mt-5 space-y-5">
        {actions.map((action, index) => (
          <li key={action.id}>
            <ActionBlock action={action} index={index + 1} count={actions.length} today={today} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function ActionBlock({
  action,
  index,
  count,
  today,
}: {
  action: FormationActionDetail;
  index: number;
  count: number;
  today: string;
}) {
  const cities = [...new Set(action.places.map((p) => p.city).filter(Boolean))].join(", ");
  const title = cities || (action.modality === "distance" ? fr.catalog.modality.distance : t.actionHeading(index));
  const upcoming = action.sessions.filter((s) => isCurrentSession(s, today));
  const past = action.sessions.filter((s) => !isCurrentSession(s, today));
  const facts: [string, string][] = [];
  if (action.modality) facts.push([t.modality, fr.catalog.modality[action.modality] ?? action.modality]);
  if (action.rhythm) facts.push([t.rhythm, action.rhythm]);
  if (action.hoursTotal) {
    const split =
      action.hoursCentre && action.hoursCompany
        ? ` (${t.hoursSplit(formatNumber(action.hoursCentre), formatNumber(action.hoursCompany))})`
        : "";
    facts.push([t.duration, `${t.hours(formatNumber(action.hoursTotal))}${split}`]);
  } else if (action.durationText) facts.push([t.duration, action.durationText]);
  if (action.totalPrice) facts.push([t.price, t.priceTotal(formatPrice(action.totalPrice))]);
  else if (action.hourlyPrice) facts.push([t.price, t.priceHourly(formatPrice(action.hourlyPrice))]);
  if (action.alternance) facts.push([t.alternance, fr.catalog.alternance[action.alternance] ?? action.alternance]);
  if (action.permanentEntry) facts.push([t.entries, t.permanentEntry]);

  return (
    <article aria-labelledby={`offre-${action.id}`} className="rounded-card border border-line bg-white p-5 shadow-card">
      <h3 id={`offre-${action.id}`} className="text-lg font-bold text-brand-900">
        {count > 1 ? `${t.actionHeading(index)} : ${title}` : title}
      </h3>
      {facts.length > 0 && (
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-[0.9375rem] sm:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="font-semibold text-ink">{label}</dt>
              <dd className="text-ink-muted">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {upcoming.length > 0 && (
        <ul role="list" className="mt-4 divide-y divide-line border-y border-line">
          {upcoming.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </ul>
      )}
      {past.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700 underline">
            {formatNumber(past.length)} {pluralize(past.length, t.pastSessions)}
          </summary>
          <ul role="list" className="mt-2 divide-y divide-line">
            {past.map((session) => (
              <SessionRow key={session.id} session={session} />
            ))}
          </ul>
        </details>
      )}
      {action.places.length > 0 && (
        <div className="mt-4">
          <h4 className="font-semibold text-ink">{t.placesHeading}</h4>
          <PlaceList places={action.places} />
        </div>
      )}
    </article>
  );
}

const RECRUITMENT_TONES: Record<string, BadgeTone> = { "1": "brand", "2": "neutral", "3": "accent" };

function SessionRow({ session }: { session: FormationSessionDetail }) {
  const { startDate, endDate } = session;
  const dates =
    startDate && endDate ? (
      <>
        {t.dateFrom} <time dateTime={startDate}>{formatIsoDate(startDate)}</time> {t.dateTo}{" "}
        <time dateTime={endDate}>{formatIsoDate(endDate)}</time>
      </>
    ) : startDate ? (
      <>
        {t.dateStartingFrom} <time dateTime={startDate}>{formatIsoDate(startDate)}</time>
      </>
    ) : (
      t.sessionUndated
    );
  const registration =
    session.registrationStart && session.registrationEnd
      ? t.registration(formatIsoDate(session.registrationStart), formatIsoDate(session.registrationEnd))
      : session.registrationEnd
        ? t.registrationUntil(formatIsoDate(session.registrationEnd))
        : null;
  const state = session.recruitmentState ? fr.catalog.recruitment[session.recruitmentState] : undefined;
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3">
      <div>
        <p className="font-semibold text-ink">{dates}</p>
        {registration && <p className="text-sm text-ink-muted">{registration}</p>}
        {session.registrationDetails && <p className="text-sm text-ink-muted">{session.registrationDetails}</p>}
      </div>
      <div className="flex flex-wrap gap-2">
        {session.remote && <Badge>{t.remoteSession}</Badge>}
        {state && <Badge tone={RECRUITMENT_TONES[session.recruitmentState ?? ""] ?? "neutral"}>{state}</Badge>}
      </div>
    </li>
  );
}
