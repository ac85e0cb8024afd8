import { clsx } from "clsx";
import Link from "next/link";
import type { ReactNode } from "react";

type HeadingLevel = 2 | 3 | 4;

type CardProps = {
  title: ReactNode;
  /** Follows the page outline: a card under an h2 section takes h3. */
  headingLevel?: HeadingLevel;
  /**
   * When set, the title becomes the card's single link and the whole card is clickable through it,
   * so screen readers hear one link named after the title instead of a wrapped block.
   */
  href?: string;
  /** Small line above the title (category, code). */
  eyebrow?: ReactNode;
  /** Decorative visual on the left of the content (monogram, pictogram); mark it aria-hidden. */
  icon?: ReactNode;
  children?: ReactNode;
  /** Bottom row (badges, dates), pushed down so cards of a grid align. */
  footer?: ReactNode;
  className?: string;
};

export function Card({ title, headingLevel = 3, href, eyebrow, icon, children, footer, className }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  const body = (
    <>
      {eyebrow && <div className="mb-2 text-sm font-semibold text-brand-600">{eyebrow}</div>}
      <Heading className="text-lg leading-snug font-bold text-brand-900">
        {href ? (
          <Link href={href} className="underline-offset-4 after:absolute after:inset-0 hover:underline">
            {title}
          </Link>
        ) : (
          title
        )}
      </Heading>
      {children && <div className="mt-2 text-ink-muted">{children}</div>}
      {footer && <div className="mt-auto flex flex-wrap items-center gap-2 pt-4">{footer}</div>}
    </>
  );
  return (
    <article
      className={clsx(
        "relative h-full rounded-card border border-line bg-white p-5 shadow-card",
        icon ? "flex items-start gap-4" : "flex flex-col",
        href && "transition-shadow focus-within:shadow-card-hover hover:shadow-card-hover",
        className,
      )}
    >
      {icon ? (
        <>
          <div className="shrink-0">{icon}</div>
          <div className="flex min-w-0 flex-1 flex-col self-stretch">{body}</div>
        </>
      ) : (
        body
      )}
    </article>
  );
}
