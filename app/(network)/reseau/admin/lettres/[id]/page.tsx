import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { getDb } from "@/db";
import { countSegmentRecipients, getNewsletter, getSegmentOptions } from "@/db/queries/network-newsletters";
import { can } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { newsletterStrings } from "@/lib/network/i18n/newsletters";
import { newsletterEmailTemplate, newsletterVersion } from "@/lib/network/newsletter-email";
import { UNSUBSCRIBE_PATH } from "@/lib/network/newsletters";
import { describeSegment, formatNewsletterDate, parseNewsletterId } from "../_lib/segment-view";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(newsletterStrings, locale).previewTitle };
}

/** A newsletter as its recipients will see it (or saw it), its segment, and what may be done with it. */
export default async function NewsletterPreviewPage({ params, searchParams }: PageProps) {
  const { id: raw } = await params;
  const { user } = await requireNetworkAccess(`/reseau/admin/lettres/${raw}`, "network:read_all");
  const id = parseNewsletterId(raw);
  if (id === null) notFound();
  const db = getDb();
  const newsletter = await getNewsletter(db, id);
  if (!newsletter) notFound();
  const locale = await getNetworkLocale((await searchParams).lang);
  const t = pick(newsletterStrings, locale);
  const canPublish = can(user, "network:publish");
  const draft = newsletter.status === "draft";
  const [options, planned] = await Promise.all([getSegmentOptions(db), draft ? countSegmentRecipients(db, newsletter.segment) : null]);

  const env = getEnv();
  // The preview's unsubscribe link carries no token: it must not unsubscribe whoever follows it.
  const previewUnsubscribe = new URL(UNSUBSCRIBE_PATH, env.SITE_URL).toString();
  const french = newsletterVersion(newsletter, "fr");
  const english = newsletterVersion(newsletter, "en");
  const versions = english.locale === "en" ? [french, english] : [french];

  return (
    <div lang={locale} className="page-container py-8">
      <p>
        <Link href="/reseau/admin/lettres">{t.backToList}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-extrabold tracking-tight text-brand-900">{t.previewTitle}</h1>
      <p className="mt-2 text-xl" lang="fr">
        {newsletter.subjectFr}
      </p>

      {!draft && newsletter.sentAt && (
        <Alert tone="success" className="mt-6">
          {t.sentNotice(newsletter.recipientCount ?? 0, formatNewsletterDate(newsletter.sentAt, locale))}
        </Alert>
      )}
      {draft && canPublish && (
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href={`/reseau/admin/lettres/${id}/modifier`} className={buttonClassName("secondary")}>
            {t.edit}
          </Link>
          <Link href={`/reseau/admin/lettres/${id}/envoyer`} className={buttonClassName("primary")}>
            {t.send}
          </Link>
        </div>
      )}
      {!canPublish && <p className="mt-6">{t.readOnlyNotice}</p>}

      <section aria-labelledby="segment-titre" className="mt-8">
        <h2 id="segment-titre" className="text-2xl font-bold text-brand-900">
          {t.segmentSummary}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {describeSegment(newsletter.segment, options.organisations, locale).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {planned !== null && <p className="mt-2 font-semibold">{t.plannedRecipients(planned)}</p>}
      </section>

      <p className="mt-8 text-ink-muted">{t.previewIntro}</p>
      {versions.map((version) => {
        const email = newsletterEmailTemplate({ siteName: env.SITE_NAME, siteUrl: env.SITE_URL, version, unsubscribeUrl: previewUnsubscribe });
        const language = t.languages[version.locale];
        return (
          <section key={version.locale} aria-labelledby={`version-${version.locale}`} className="mt-6">
            <h2 id={`version-${version.locale}`} className="text-2xl font-bold text-brand-900">
              {version.locale === "fr" ? t.frenchVersion : t.englishVersion}
            </h2>
            <p className="mt-2 font-semibold" lang={version.locale}>
              {email.subject}
            </p>
            {/* Sandboxed: the e-mail's HTML is sanitised, and even so it gets no script, form or navigation here. */}
            <iframe
              title={t.previewFrame(language)}
              srcDoc={email.html}
              sandbox=""
              referrerPolicy="no-referrer"
              className="mt-2 h-[32rem] w-full rounded-lg border border-line bg-white"
            />
          </section>
        );
      })}
      {versions.length === 1 && <p className="mt-4">{t.noEnglish}</p>}
    </div>
  );
}
