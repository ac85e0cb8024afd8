import Link from "next/link";
import type { ReactNode } from "react";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { Icon } from "./icons";

export type EmptyResultsLink = {
  label: string;
  href: string;
  /** Results the link would give, when cheap to know. */
  count?: number;
};

type EmptyResultsProps = {
  /** The query text, if any. */
  query?: string;
  /** "Vouliez-vous dire …": the engine's suggestion and the URL searching it with the same filters. */
  suggestion?: { label: string; href: string };
  /** One link per active filter, dropping it. */
  removals?: EmptyResultsLink[];
  /** The central search with the same text (left out on the central search itself). */
  centralHref?: string;
  /** The other engines (métiers, organismes…), with the query carried over. */
  otherEngines?: EmptyResultsLink[];
  /** Extra advice specific to an engine. */
  children?: ReactNode;
  headingLevel?: 2 | 3;
};

/** No result is never a dead end: a corrected spelling, filters to drop, other places to look. */
export function EmptyResults({
  query,
  suggestion,
  removals = [],
  centralHref,
  otherEngines = [],
  children,
  headingLevel = 3,
}: EmptyResultsProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="rounded-card border border-dashed border-brand-300 bg-brand-50 p-6 text-ink" data-testid="empty-results">
      <Heading className="text-xl font-bold text-brand-900">
        {query ? fr.searchKit.emptyTitleFor(query) : fr.searchKit.emptyTitle}
      </Heading>

      {suggestion && (
        <p className="mt-4 text-lg">
          {fr.searchKit.didYouMean}{" "}
          <Link href={suggestion.href} className="font-bold text-brand-700 underline hover:text-brand-900">
            {suggestion.label}
          </Link>{" "}
          ?
        </p>
      )}

      {removals.length > 0 && (
        <div className="mt-4">
          <p className="font-semibold">{fr.searchKit.tryRemoving}</p>
          <ul role="list" className="mt-2 space-y-1">
            {removals.map((removal) => (
              <li key={removal.href}>
                <LinkWithCount link={removal} />
              </li>
            ))}
          </ul>
        </div>
      )}

      {query && <p className="mt-4 text-ink-muted">{fr.searchKit.checkSpelling}</p>}
      {children}

      <div className="mt-5 border-t border-brand-200 pt-4">
        <p className="font-semibold">{fr.searchKit.otherPaths}</p>
        <ul role="list" className="mt-2 space-y-1">
          {centralHref && (
            <li>
              <Link
                href={centralHref}
                className="inline-flex min-h-9 items-center gap-2 text-brand-700 underline hover:text-brand-900"
              >
                <Icon name="search" />
                {fr.searchKit.centralSearch(query ?? "")}
              </Link>
            </li>
          )}
          {otherEngines.map((engine) => (
            <li key={engine.href}>
              <LinkWithCount link={engine} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function LinkWithCount({ link }: { link: EmptyResultsLink }) {
  return (
    <Link href={link.href} className="inline-flex min-h-9 items-center gap-2 text-brand-700 underline hover:text-brand-900">
      <Icon name="arrowRight" />
      <span>
        {link.label}
        {link.count !== undefined && (
          <span className="text-ink-muted">
            {" "}
            ({formatNumber(link.count)} {pluralize(link.count, fr.searchKit.wouldGive)})
          </span>
        )}
      </span>
    </Link>
  );
}
