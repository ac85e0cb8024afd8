"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { frAccount } from "./messages";

const ITEMS = [
  { href: "/espace", label: frAccount.nav.dashboard },
  { href: "/espace/favoris", label: frAccount.nav.saved },
  { href: "/espace/recherches", label: frAccount.nav.searches },
  { href: "/espace/historique", label: frAccount.nav.history },
  { href: "/espace/compte", label: frAccount.nav.account },
] as const;

/**
 * The personal space's own navigation: a column on large screens, a wrapping row of tabs-like
 * links on small ones. Client-side only to mark the current page (aria-current plus a bar).
 */
export function AccountNav() {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label={frAccount.nav.label} className="lg:sticky lg:top-6 lg:self-start">
      <p className="mb-2 hidden text-sm font-semibold tracking-wide text-brand-600 uppercase lg:block" aria-hidden="true">
        {frAccount.spaceName}
      </p>
      <ul role="list" className="flex flex-wrap gap-2 border-b border-line pb-4 lg:flex-col lg:gap-0 lg:border-b-0 lg:pb-0">
        {ITEMS.map((item) => {
          const exact = pathname === item.href;
          const current = exact || (item.href !== "/espace" && pathname.startsWith(`${item.href}/`));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={exact ? "page" : current ? "true" : undefined}
                className={clsx(
                  "flex min-h-11 items-center rounded-lg border px-3 py-2 font-semibold no-underline hover:underline",
                  "lg:rounded-none lg:border-0 lg:border-l-4 lg:px-4",
                  current
                    ? "border-brand-700 bg-brand-700 text-white lg:border-brand-600 lg:bg-brand-50 lg:text-brand-900"
                    : "border-line text-ink hover:bg-brand-50 lg:border-transparent",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
