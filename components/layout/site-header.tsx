import Link from "next/link";
import { fr } from "@/lib/i18n/fr";
import { listPrimaryNavigation } from "@/lib/navigation";
import { AccountLinks } from "./account-links";
import { BrandMark } from "./brand-mark";
import { MobileMenu } from "./mobile-menu";
import { NavLinks } from "./nav-links";
import { SearchForm } from "./search-form";

type SiteHeaderProps = { siteName: string; regionName: string };

export function SiteHeader({ siteName, regionName }: SiteHeaderProps) {
  const items = listPrimaryNavigation();
  return (
    <header role="banner" className="relative border-b border-line bg-white">
      <div className="h-1.5 bg-linear-to-r from-brand-700 via-brand-500 to-accent-400" />
      <div className="page-container flex items-center justify-between gap-4 py-3 lg:py-4">
        <Link
          href="/"
          aria-label={fr.site.homeLinkLabel(siteName)}
          className="group flex min-w-0 items-center gap-3 rounded-md text-ink no-underline"
        >
          <BrandMark className="size-10 lg:size-12" />
          <span className="flex min-w-0 flex-col">
            <span className="text-xl font-extrabold tracking-tight text-brand-900 group-hover:underline lg:text-2xl">
              {siteName}
            </span>
            <span className="hidden truncate text-sm text-ink-muted sm:block">{fr.site.tagline(regionName)}</span>
          </span>
        </Link>

        {/* min-w-0: the search field gives way to the account links on narrow desktops (1024 px). */}
        <div className="hidden min-w-0 items-center gap-4 lg:flex">
          <SearchForm
            id="recherche-entete"
            label={fr.search.headerLabel}
            landmarkLabel={fr.search.landmarkHeader}
            className="w-full max-w-sm min-w-0"
          />
          <nav aria-label="Votre compte" className="shrink-0">
            <AccountLinks layout="bar" />
          </nav>
        </div>

        <MobileMenu>
          <nav aria-label={fr.shell.primaryNav}>
            <NavLinks items={items} layout="stack" />
          </nav>
          <SearchForm
            id="recherche-menu"
            label={fr.search.headerLabel}
            landmarkLabel={fr.search.landmarkHeader}
            showLabel
          />
          <nav aria-label="Votre compte">
            <AccountLinks layout="stack" />
          </nav>
        </MobileMenu>
      </div>

      <div className="hidden border-t border-line lg:block">
        <nav aria-label={fr.shell.primaryNav} className="page-container">
          <NavLinks items={items} layout="bar" />
        </nav>
      </div>
    </header>
  );
}
