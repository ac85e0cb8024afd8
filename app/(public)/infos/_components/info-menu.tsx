import { clsx } from "clsx";
import Link from "next/link";
import type { InfoPageMenuItem } from "@/db/queries/news";
import { fr } from "@/lib/i18n/fr";

/** The Infos+ menu beside a page, in the editors' order, the page being read marked as current. */
export function InfoMenu({ pages, currentSlug }: { pages: InfoPageMenuItem[]; currentSlug: string }) {
  return (
    <nav aria-labelledby="infos-menu-titre" className="lg:sticky lg:top-6 lg:self-start">
      <h2 id="infos-menu-titre" className="text-lg font-bold text-brand-900">
        {fr.infoPages.menuHeading}
      </h2>
      <ul role="list" className="mt-3 space-y-1 border-l-2 border-line">
        {pages.map((page) => {
          const current = page.slug === currentSlug;
          return (
            <li key={page.id}>
              <Link
                href={`/infos/${page.slug}`}
                aria-current={current ? "page" : undefined}
                className={clsx(
                  "-ml-0.5 block border-l-2 py-2 pl-4 text-[0.9375rem] underline-offset-4 hover:underline",
                  current ? "border-brand-700 font-bold text-brand-900" : "border-transparent text-brand-700",
                )}
              >
                {page.title}
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="mt-4">
        <Link href="/infos" className="text-[0.9375rem] font-semibold text-brand-700 underline underline-offset-4">
          {fr.infoPages.title}
        </Link>
      </p>
    </nav>
  );
}
