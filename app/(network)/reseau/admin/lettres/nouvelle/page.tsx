import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { countSegmentRecipients, getSegmentOptions } from "@/db/queries/network-newsletters";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { newsletterStrings } from "@/lib/network/i18n/newsletters";
import { NewsletterForm } from "../_components/newsletter-form";
import { builderOptions, EMPTY_SEGMENT, formValuesOf } from "../_lib/segment-view";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(newsletterStrings, locale).newTitle };
}

export default async function NewNewsletterPage({ searchParams }: PageProps) {
  await requireNetworkAccess("/reseau/admin/lettres/nouvelle", "network:publish");
  const locale = await getNetworkLocale((await searchParams).lang);
  const t = pick(newsletterStrings, locale);
  const db = getDb();
  const [options, count] = await Promise.all([getSegmentOptions(db), countSegmentRecipients(db, EMPTY_SEGMENT)]);

  return (
    <div lang={locale} className="page-container py-8">
      <p>
        <Link href="/reseau/admin/lettres">{t.backToList}</Link>
      </p>
      <h1 className="mt-2 mb-6 text-3xl font-extrabold tracking-tight text-brand-900">{t.newTitle}</h1>
      <NewsletterForm
        locale={locale}
        defaultValues={formValuesOf({ subjectFr: "", subjectEn: null, bodyFr: "", bodyEn: null, segment: EMPTY_SEGMENT })}
        options={builderOptions(options, EMPTY_SEGMENT, locale)}
        initialCount={count}
      />
    </div>
  );
}
