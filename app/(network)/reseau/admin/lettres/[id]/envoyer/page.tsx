import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db";
import { countSegmentRecipients, getNewsletter } from "@/db/queries/network-newsletters";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { newsletterStrings } from "@/lib/network/i18n/newsletters";
import { SendNewsletterButton } from "../../_components/send-newsletter-button";
import { parseNewsletterId } from "../../_lib/segment-view";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(newsletterStrings, locale).sendTitle };
}

/** The confirmation step before a newsletter leaves: what, to how many, and that it is final. */
export default async function SendNewsletterPage({ params, searchParams }: PageProps) {
  const { id: raw } = await params;
  await requireNetworkAccess(`/reseau/admin/lettres/${raw}/envoyer`, "network:publish");
  const id = parseNewsletterId(raw);
  if (id === null) notFound();
  const db = getDb();
  const newsletter = await getNewsletter(db, id);
  if (!newsletter) notFound();
  if (newsletter.status === "sent") redirect(`/reseau/admin/lettres/${id}`);
  const locale = await getNetworkLocale((await searchParams).lang);
  const t = pick(newsletterStrings, locale);
  const count = await countSegmentRecipients(db, newsletter.segment);

  return (
    <div lang={locale} className="page-container max-w-3xl py-8">
      <p>
        <Link href={`/reseau/admin/lettres/${id}`}>{t.previewTitle}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold tracking-tight text-brand-900">{t.sendTitle}</h1>
      {count === 0 ? (
        <Alert tone="warning" className="mt-6">
          {t.sendNobody}
        </Alert>
      ) : (
        <>
          <p className="mt-6 text-lg">{t.sendConfirm(newsletter.subjectFr, count)}</p>
          <SendNewsletterButton id={id} locale={locale} />
        </>
      )}
    </div>
  );
}
