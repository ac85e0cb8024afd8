import { clsx } from "clsx";
import Link from "next/link";
import type { ReactNode } from "react";
import { SaveButton } from "@/components/account/save-button";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { fr } from "@/lib/i18n/fr";
import type { SearchHit, SearchKind } from "@/lib/search/types";
import { Icon, type IconName } from "./icons";

export type ResultMeta = {
  icon: IconName;
  /** What the value is, for screen readers ("Lieu", "Prochaine session"). */
  label: string;
  value: ReactNode;
};

export type ResultBadge = { label: string; tone?: BadgeTone };

export type ResultCardProps = {
  href: string;
  /** Plain title; used when there is no highlight and as the fallback for an unsafe one. */
  title: string;
  /** The engine's highlighted title: escaped HTML whose only tags are <mark>. */
  titleHtml?: string;
  /** "Formation", "Métier"…: shown above the title (mostly on mixed result lists). */
  kindLabel?: string;
  subtitle?: ReactNode;
  /** The engine's highlighted snippet (same contract as titleHtml). */
  snippetHtml?: string;
  /** Plain snippet when no highlighted one is given. */
  snippet?: string;
  /** Icon + text lines: organisation, place, next session, level… */
  meta?: ResultMeta[];
  /** "Financé par la Région", "Éligible CPF"… */
  badges?: ResultBadge[];
  /** Distance from the searched place, shown with the meta line. */
  distanceKm?: number;
  /** Follows the page outline: h3 under the results' h2 by default. */
  headingLevel?: 2 | 3 | 4;
  /** "compact" drops the snippet and tightens spacing (central search, side lists). */
  variant?: "default" | "compact";
  /** `href` is another site's: opened in a new window, and said so to every user (RGAA 13.2). */
  external?: boolean;
  /** The indexed item behind the card, for its save button (personal space). */
  save?: { kind: SearchKind; itemId: string };
};

/**
 * The one result card of every engine, so results look alike across the portal. The title link is
 * the card's only link (stretched over the card); the engine's <mark> highlights are the only HTML
 * rendered as such, after checking they carry no other tag.
 */
export function ResultCard({
  href,
  title,
  titleHtml,
  kindLabel,
  subtitle,
  snippetHtml,
  snippet,
  meta = [],
  badges = [],
  distanceKm,
  headingLevel = 3,
  variant = "default",
  external = false,
  save,
}: ResultCardProps) {
  const Heading = `h${headingLevel}` as const;
  const compact = variant === "compact";
  const safeTitle = titleHtml && isMarkOnlyHtml(titleHtml) ? titleHtml : undefined;
  const safeSnippet = snippetHtml && isMarkOnlyHtml(snippetHtml) ? snippetHtml : undefined;
  const allMeta: ResultMeta[] =
    distanceKm === undefined
      ? meta
      : [
          ...meta,
          { icon: "pin", label: fr.searchKit.distanceLabel, value: fr.searchKit.distance(formatDistance(distanceKm)) },
        ];

  return (
    <article
      className={clsx(
        "relative rounded-card border border-line bg-white shadow-card transition-shadow focus-within:shadow-card-hover hover:shadow-card-hover",
        compact ? "p-4" : "p-5",
      )}
    >
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          {kindLabel && <p className="mb-1 text-sm font-semibold tracking-wide text-brand-600 uppercase">{kindLabel}</p>}
          <Heading className={clsx("leading-snug font-bold text-brand-900", compact ? "text-base" : "text-lg")}>
            {external ? (
              <a href={href} target="_blank" rel="noopener" className={clsx(titleLink, "inline-flex items-baseline gap-1.5")}>
                <span>{safeTitle ? <span dangerouslySetInnerHTML={{ __html: safeTitle }} /> : title}</span>
                <Icon name="external" className="size-4 self-center" />
                <span className="sr-only"> {fr.editorial.externalHint}</span>
              </a>
            ) : (
              <Link href={href} className={titleLink}>
                {safeTitle ? <span dangerouslySetInnerHTML={{ __html: safeTitle }} /> : title}
              </Link>
            )}
          </Heading>
        </div>
        {save && (
          // Above the title link stretched over the card, so both stay clickable.
          <div className="relative z-10 -mt-1 -mr-1 shrink-0">
            <SaveButton kind={save.kind} itemId={save.itemId} title={title} variant={compact ? "compact" : "card"} />
          </div>
        )}
      </div>
      {subtitle && <p className="mt-1 text-ink-muted">{subtitle}</p>}
      {!compact && (safeSnippet || snippet) && (
        <p className="mt-2 line-clamp-3 text-[0.9375rem] text-ink [&_mark]:rounded-sm [&_mark]:bg-accent-100 [&_mark]:px-0.5 [&_mark]:font-semibold [&_mark]:text-inherit">
          {safeSnippet ? <span dangerouslySetInnerHTML={{ __html: safeSnippet }} /> : snippet}
        </p>
      )}
      {allMeta.length > 0 && (
        <dl
          className={clsx(
            "flex flex-wrap gap-x-5 gap-y-1.5 text-[0.9375rem] text-ink",
            compact ? "mt-2" : "mt-3",
          )}
        >
          {allMeta.map((item) => (
            <div key={item.label} className="flex min-w-0 items-start gap-1.5">
              <dt className="mt-0.5 text-brand-600">
                <Icon name={item.icon} />
                <span className="sr-only">{item.label}</span>
              </dt>
              <dd className="min-w-0">{item.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {badges.length > 0 && (
        <ul role="list" className={clsx("flex flex-wrap gap-2", compact ? "mt-2" : "mt-3")}>
          {badges.map((badge) => (
            <li key={badge.label}>
              <Badge tone={badge.tone}>{badge.label}</Badge>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

const titleLink =
  "underline-offset-4 after:absolute after:inset-0 hover:underline [&_mark]:rounded-sm [&_mark]:bg-accent-100 [&_mark]:px-0.5 [&_mark]:text-inherit";

/** Results as a list, so screen readers announce how many there are on the page. */
export function ResultList({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <ul role="list" className={clsx("space-y-4", className)}>
      {children}
    </ul>
  );
}

/** The parts of a card every kind of hit provides; pages add meta lines and badges of their own. */
export function resultCardFromHit(
  hit: SearchHit,
  options: { href?: string; kindLabel?: string } = {},
): Pick<ResultCardProps, "href" | "title" | "titleHtml" | "subtitle" | "snippetHtml" | "distanceKm" | "kindLabel" | "save"> {
  return {
    href: options.href ?? hit.doc.url,
    title: hit.doc.title,
    titleHtml: hit.highlight.title,
    subtitle: hit.doc.subtitle ?? undefined,
    snippetHtml: hit.highlight.snippet,
    distanceKm: hit.distanceKm,
    kindLabel: options.kindLabel,
    save: { kind: hit.doc.kind, itemId: hit.doc.id },
  };
}

/**
 * The engines promise escaped text with <mark> only; anything else (a tag, a stray "<") means that
 * promise broke, and the plain text is shown instead of trusting it.
 */
export function isMarkOnlyHtml(html: string): boolean {
  return !/<(?!\/?mark>)/i.test(html);
}

/** "2,4" under 10 km, "37" beyond: more precision than that is noise for a commute. */
export function formatDistance(km: number): string {
  return new Intl.NumberFormat("fr-FR", { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
