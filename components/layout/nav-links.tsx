"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrentSection, type NavItem } from "@/lib/navigation";

type NavLinksProps = {
  items: NavItem[];
  layout: "bar" | "stack";
};

/** Client-side only to read the current path: the active item gets aria-current and a visible marker. */
export function NavLinks({ items, layout }: NavLinksProps) {
  const pathname = usePathname() ?? "/";
  return (
    <ul className={clsx(layout === "bar" ? "flex flex-wrap gap-x-1" : "flex flex-col")}>
      {items.map((item) => {
        const exact = pathname === item.href;
        const current = isCurrentSection(item.href, pathname);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={exact ? "page" : current ? "true" : undefined}
              className={clsx(
                "block font-semibold no-underline transition-[color,background-color,border-color] hover:text-brand-700 hover:underline",
                layout === "bar"
                  ? "border-b-4 px-1.5 py-3 text-sm xl:px-2 xl:text-[0.9375rem] 2xl:px-3 2xl:text-base"
                  : "border-l-4 px-4 py-3 text-lg",
                current ? "border-brand-600 text-brand-800" : "border-transparent text-ink",
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
