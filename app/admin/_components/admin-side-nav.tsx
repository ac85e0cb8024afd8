"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { type AdminNavGroup, isCurrentAdminEntry } from "@/lib/admin/navigation";

/** Client-side only to read the current path: the current entry gets aria-current and a marker. */
export function AdminSideNav({ groups, idPrefix }: { groups: AdminNavGroup[]; idPrefix: string }) {
  const pathname = usePathname() ?? "/admin";
  return (
    <nav aria-label="Navigation de l'administration" className="flex flex-col gap-5">
      {groups.map((group) => (
        <div key={group.area}>
          <h2 id={`${idPrefix}-${group.area}`} className="px-3 text-xs font-bold tracking-widest text-ink-muted uppercase">
            {group.label}
          </h2>
          <ul aria-labelledby={`${idPrefix}-${group.area}`} className="mt-1.5 flex flex-col gap-0.5">
            {group.entries.map((entry) => {
              const current = isCurrentAdminEntry(entry.href, pathname);
              return (
                <li key={entry.href}>
                  <Link
                    href={entry.href}
                    aria-current={pathname === entry.href ? "page" : current ? "true" : undefined}
                    className={clsx(
                      "block rounded-lg border-l-4 px-3 py-2 font-semibold no-underline hover:bg-brand-50 hover:underline",
                      current ? "border-brand-600 bg-brand-50 text-brand-900" : "border-transparent text-ink",
                    )}
                  >
                    {entry.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
