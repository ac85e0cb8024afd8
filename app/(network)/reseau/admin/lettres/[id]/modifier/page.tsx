import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { countSegmentRecipients, getNewsletter, getSegmentOptions } from "@/db/queries/network-newsletters";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { newsletterStrings } from "@/lib/network/i18n/newsletters";
import { NewsletterForm } from "../../_components/newsletter-form";
import { builderOptions, formValuesOf, parseNewsletterId } from "../../_lib/segment-view";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(newsletterStrings, locale).editTitle };
}

export default async function EditNewsletterPage({ params, searchParams }: PageProps) {
  const { id: raw } = await params;
  await requireNetworkAccess(`/reseau/admin/lettres/${raw}/modifier`, "network:publish");
  const id = parseNewsletterId(raw);
  if (id === null) notFound();
  const db = getDb();
  const newsletter = await getNewsletter(db, id);
  if (!newsletter) notFound();
  // A sent newsletter is frozen: its page shows what went out.
  if (newsletter.status === "sent") redirect(`/reseau/admin/lettres/${id}`);
  const locale = await getNetworkLocale((await searchParams).lang);
  const t = pick(newsletterStrings, locale);
  const [options, count] = await Promise.all([getSegmentOptions(db), countSegmentRecipients(db, newsletter.segment)]);

  return (
    <div lang={locale} className="page-container py-8">
      <p>
        <Link href={`/reseau/admin/lettres/${id}`}>{t.previewTitle}</Link>
      </p>
      <h1 className="mt-2 mb-6 text-3xl font-extrabold tracking-tight text-brand-900">{t.editTitle}</h1>
      <NewsletterForm
        locale={locale}
        id={id}
        defaultValues={formValuesOf(newsletter)}
        options={builderOptions(options, newsletter.segment, locale)}
        initialCount={count}
      />
    </div>
  );
}
