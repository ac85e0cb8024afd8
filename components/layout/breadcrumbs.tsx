import Link from "next/link";
import { fr } from "@/lib/i18n/fr";

export type Crumb = { label: string; href?: string };

/**
 * "Accueil" first, then `items`; the last item is the current page and is not a link (RGAA 12.2).
 */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const trail: Crumb[] = [{ label: fr.shell.home, href: "/" }, ...items];
  return (
    <nav aria-label={fr.shell.breadcrumbs}>
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-ink-muted">
        {trail.map((crumb, index) => {
          const last = index === trail.length - 1;
          return (
            <li key={`${crumb.href ?? ""}-${crumb.label}`} className="flex items-center gap-1.5">
              {index > 0 && <Chevron />}
              {last || !crumb.href ? (
                <span aria-current={last ? "page" : undefined} className={last ? "font-semibold text-ink" : undefined}>
                  {crumb.label}
                </span>
              ) : (
                <Link href={crumb.href} className="text-brand-700 underline hover:text-brand-900">
                  {crumb.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function Chevron() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="size-3.5 text-ink-muted">
      <path d="m6 3.5 4.5 4.5L6 12.5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
    </svg>
  );
}
