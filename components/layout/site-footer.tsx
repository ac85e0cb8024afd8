import Link from "next/link";
import { fr } from "@/lib/i18n/fr";
import { listStaticPages } from "@/lib/navigation";
import { BrandMark } from "./brand-mark";
import { ReportErrorItem } from "./report-error-item";

type SiteFooterProps = { siteName: string; regionName: string };

const AGPL_URL = "https://www.gnu.org/licenses/agpl-3.0.html";

export function SiteFooter({ siteName, regionName }: SiteFooterProps) {
  const pages = listStaticPages();
  return (
    <footer role="contentinfo" className="on-dark mt-auto bg-brand-950 text-brand-100">
      <div className="page-container grid gap-10 py-12 md:grid-cols-[1.4fr_1fr_1.2fr] md:gap-12">
        <div>
          <p className="flex items-center gap-3 text-xl font-extrabold text-white">
            <BrandMark className="size-9" />
            {siteName}
          </p>
          <p className="mt-4 max-w-md text-sm leading-relaxed">{fr.footer.about(regionName)}</p>
          <p className="mt-3 text-sm font-semibold text-white">{fr.footer.publisher(regionName)}</p>
        </div>

        <div>
          <h2 className="text-sm font-bold tracking-wide text-white uppercase">{fr.footer.infoHeading}</h2>
          <ul className="mt-3 text-sm">
            {pages.map((page) => (
              <li key={page.href}>
                <Link href={page.href} className="inline-block py-1.5 text-brand-100 underline hover:text-white">
                  {page.footerLabel ?? page.label}
                </Link>
              </li>
            ))}
            <ReportErrorItem className="inline-block py-1.5 text-brand-100 underline hover:text-white" />
          </ul>
        </div>

        <div className="space-y-8">
          {/* Not an institutional page (lib/navigation.ts staticPages): the network is its own area. */}
          <div>
            <h2 className="text-sm font-bold tracking-wide text-white uppercase">{fr.footer.networkHeading}</h2>
            <ul className="mt-3 text-sm">
              <li>
                <Link href="/reseau" className="inline-block py-1.5 text-brand-100 underline hover:text-white">
                  {fr.footer.networkLink}
                </Link>
              </li>
            </ul>
          </div>
          <div>
            <h2 className="text-sm font-bold tracking-wide text-white uppercase">{fr.footer.creditsHeading}</h2>
            <ul className="mt-4 space-y-2 text-sm leading-relaxed">
              <li>{fr.footer.romeCredit}</li>
              <li>{fr.footer.lheoCredit}</li>
            </ul>
          </div>
        </div>
      </div>

      <div className="border-t border-brand-800">
        <p className="page-container flex flex-col gap-1 py-5 text-sm sm:flex-row sm:items-center sm:justify-between">
          <span>{fr.footer.licence(siteName)}</span>
          <a href={AGPL_URL} className="text-brand-100 underline hover:text-white" hrefLang="en">
            {fr.footer.licenceLink}
          </a>
        </p>
      </div>
    </footer>
  );
}
