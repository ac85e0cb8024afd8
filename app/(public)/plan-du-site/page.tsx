import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { ProsePage } from "@/components/layout/prose-page";
import { fr } from "@/lib/i18n/fr";
import { listPrimaryNavigation, listStaticPages, type NavItem } from "@/lib/navigation";

export const metadata: Metadata = {
  title: fr.pages.sitemap,
  description: fr.pages.sitemapIntro,
};

const sections: { id: string; title: string; items: () => NavItem[] }[] = [
  { id: "rubriques", title: fr.pages.sitemapSections, items: listPrimaryNavigation },
  { id: "informations", title: fr.pages.sitemapInformation, items: listStaticPages },
];

export default function SitemapPage() {
  return (
    <>
      <PageHeader title={fr.pages.sitemap} intro={fr.pages.sitemapIntro} />
      <ProsePage>
          {sections.map((section) => (
            <section key={section.id} aria-labelledby={`plan-${section.id}`}>
              <h2 id={`plan-${section.id}`}>{section.title}</h2>
              <ul className="mt-3">
                {section.items().map((item) => (
                  <li key={item.href}>
                    <Link href={item.href}>{item.label}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </ProsePage>
    </>
  );
}
