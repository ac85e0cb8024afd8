"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NetworkNavLink = { href: string; label: string };

function isCurrent(href: string, pathname: string): boolean {
  // "/reseau" is the home: only itself, not every page below it.
  if (href === "/reseau") return pathname === href;
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The network menu; client-side only to read the current path (aria-current and a visible marker). */
export function NetworkNav({ label, items }: { label: string; items: NetworkNavLink[] }) {
  const pathname = usePathname() ?? "/reseau";
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-1">
        {items.map((item) => {
          const exact = pathname === item.href;
          const current = isCurrent(item.href, pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={exact ? "page" : current ? "true" : undefined}
                className={clsx(
                  "block border-b-4 px-2 py-2.5 font-semibold no-underline hover:text-brand-700 hover:underline",
                  current ? "border-brand-600 text-brand-800" : "border-transparent text-ink",
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
