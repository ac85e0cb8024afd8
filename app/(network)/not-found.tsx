import type { Metadata } from "next";
import Link from "next/link";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { coreStrings } from "@/lib/network/i18n/core";

export const metadata: Metadata = { title: "Page introuvable / Page not found", robots: { index: false, follow: false } };

/**
 * notFound() thrown by a network page (an unknown or unpublished item, an unknown member)
 * renders here, inside the network layout's shell: without it the root 404 page would bring a
 * second header, main landmark and footer.
 */
export default async function NetworkNotFound() {
  const locale = await getNetworkLocale();
  const t = pick(coreStrings, locale).notFound;
  return (
    <div className="page-container max-w-3xl py-16 sm:py-20">
      <p className="text-sm font-bold tracking-widest text-brand-600 uppercase">{t.eyebrow}</p>
      <h1 className="mt-3 text-3xl font-extrabold tracking-tight text-brand-900 sm:text-4xl">{t.title}</h1>
      <p className="mt-4 text-lg">{t.body}</p>
      <ul className="mt-8 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/reseau">{t.home}</Link>
        </li>
        <li>
          <Link href="/">{t.portal}</Link>
        </li>
      </ul>
    </div>
  );
}
