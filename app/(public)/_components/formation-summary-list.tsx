import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { FormationSummary } from "@/db/queries/formation-summaries";
import { fr } from "@/lib/i18n/fr";
import { formatIsoDate } from "@/lib/i18n/format";

type FormationSummaryListProps<T extends FormationSummary> = {
  formations: T[];
  /** Heading level of each card title, following the page outline. */
  headingLevel?: 3 | 4;
  /** No organisation line for formations of this organisation (the subject of the page showing them). */
  ownerId?: number;
  /** Extra badges per formation (role of the organisation, ...). */
  badges?: (formation: T) => ReactNode;
};

/** Compact formation cards for detail pages (trade, organisation): title link, organisation, next session. */
export function FormationSummaryList<T extends FormationSummary>({
  formations,
  headingLevel = 3,
  ownerId,
  badges,
}: FormationSummaryListProps<T>) {
  return (
    <ul role="list" className="grid gap-4 sm:grid-cols-2">
      {formations.map((formation) => {
        const extra = badges?.(formation);
        const next = formation.nextSession;
        return (
          <li key={formation.id}>
            <Card
              title={formation.title}
              headingLevel={headingLevel}
              href={`/formations/${formation.id}`}
              className="p-4"
              footer={
                extra || !next ? (
                  <>
                    {!next && <Badge>{fr.trades.noUpcomingSession}</Badge>}
                    {extra}
                  </>
                ) : undefined
              }
            >
              {formation.organisationId !== ownerId && (
                <p className="text-[0.9375rem]">{formation.organisationName ?? fr.home.unknownOrganisation}</p>
              )}
              {next && (
                <p className="mt-1 text-[0.9375rem] text-ink">
                  <span className="font-semibold">{fr.trades.nextSession}</span>{" "}
                  <time dateTime={next.startDate}>{formatIsoDate(next.startDate)}</time>
                  {next.city && <> – {next.city}</>}
                </p>
              )}
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
