import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import { getDb } from "@/db";
import { countSegmentRecipients, listNewsletters } from "@/db/queries/network-newsletters";
import { can } from "@/lib/auth/permissions";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { newsletterStrings } from "@/lib/network/i18n/newsletters";
import { formatNewsletterDate } from "./_lib/segment-view";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(newsletterStrings, locale).listTitle };
}

export default async function NewslettersPage({ searchParams }: PageProps) {
  const { user } = await requireNetworkAccess("/reseau/admin/lettres", "network:read_all");
  const locale = await getNetworkLocale((await searchParams).lang);
  const t = pick(newsletterStrings, locale);
  const db = getDb();
  const newsletters = await listNewsletters(db);
  // A draft shows how many members its segment reaches today; a sent newsletter, how many it reached.
  const rows = await Promise.all(
    newsletters.map(async (row) => ({ ...row, planned: row.status === "draft" ? await countSegmentRecipients(db, row.segment) : null })),
  );
  const canPublish = can(user, "network:publish");

  return (
    <div lang={locale} className="page-container py-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-extrabold tracking-tight text-brand-900">{t.listTitle}</h1>
        {canPublish && (
          <Link href="/reseau/admin/lettres/nouvelle" className={buttonClassName("primary")}>
            {t.newLetter}
          </Link>
        )}
      </div>
      <p className="mt-3 max-w-3xl text-lg text-ink-muted">{t.listIntro}</p>
      {!canPublish && <p className="mt-3 max-w-3xl">{t.readOnlyNotice}</p>}

      {rows.length === 0 ? (
        <p className="mt-8">{t.empty}</p>
      ) : (
        <div className="mt-8 overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse text-left">
            <caption className="sr-only">{t.tableCaption}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="py-2 pr-4">
                  {t.columns.subject}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t.columns.status}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t.columns.date}
                </th>
                <th scope="col" className="py-2 text-right">
                  {t.columns.recipients}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-line align-top">
                  <th scope="row" className="py-3 pr-4 font-normal">
                    <Link href={`/reseau/admin/lettres/${row.id}`} className="font-semibold" lang="fr">
                      {row.subjectFr}
                    </Link>
                  </th>
                  <td className="py-3 pr-4">
                    <Badge tone={row.status === "sent" ? "brand" : "neutral"}>{t.statuses[row.status]}</Badge>
                  </td>
                  <td className="py-3 pr-4">
                    {row.sentAt ? t.dateSent(formatNewsletterDate(row.sentAt, locale)) : t.dateDraft(formatNewsletterDate(row.updatedAt, locale))}
                  </td>
                  <td className="py-3 text-right">{row.planned !== null ? t.plannedRecipients(row.planned) : t.recipients(row.recipientCount ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
