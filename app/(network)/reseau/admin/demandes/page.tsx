import type { Metadata } from "next";
import Link from "next/link";
import { NetworkPage } from "@/components/network/network-page";
import { getDb } from "@/db";
import { listMembershipRequests } from "@/db/queries/network-members";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { membershipAdminStrings } from "@/lib/network/i18n/membership-admin";
import { detailLabel, formatDate, kindLabel } from "../_components/member-kind";

export async function generateMetadata(): Promise<Metadata> {
  return { title: pick(membershipAdminStrings, await getNetworkLocale()).requestsTitle };
}

/** The administrators' queue of pending requests (read by every network administrator; deciding needs "network:approve"). */
export default async function MembershipRequestsPage() {
  const { locale } = await requireNetworkAccess("/reseau/admin/demandes", "network:read_all");
  const t = pick(membershipAdminStrings, locale);
  const rows = await listMembershipRequests(getDb());
  return (
    <NetworkPage title={t.requestsTitle} intro={<p>{t.requestsIntro}</p>} wide>
      {rows.length === 0 ? (
        <p>{t.noRequests}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-line bg-white">
          <table className="w-full text-left">
            <caption className="px-4 py-3 text-left font-semibold">{t.requestsCaption(rows.length)}</caption>
            <thead className="bg-brand-50">
              <tr>
                <th scope="col" className="px-4 py-2">{t.columns.kind}</th>
                <th scope="col" className="px-4 py-2">{t.columns.name}</th>
                <th scope="col" className="px-4 py-2">{t.columns.detail}</th>
                <th scope="col" className="px-4 py-2">{t.columns.date}</th>
                <th scope="col" className="px-4 py-2">{t.emailVerified}</th>
                <th scope="col" className="px-4 py-2">{t.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.userId} className="border-t border-line">
                  <td className="px-4 py-3">{kindLabel(row, locale)}</td>
                  <th scope="row" className="px-4 py-3 font-semibold">
                    {row.name}
                    <span className="block text-sm font-normal text-ink-muted">{row.email}</span>
                  </th>
                  <td className="px-4 py-3">{detailLabel(row, locale)}</td>
                  <td className="px-4 py-3">{formatDate(row.createdAt, locale)}</td>
                  <td className="px-4 py-3">{row.emailVerified ? t.yes : t.no}</td>
                  <td className="px-4 py-3">
                    <Link href={`/reseau/admin/demandes/${encodeURIComponent(row.userId)}`} aria-label={t.review(row.name)}>
                      {t.reviewShort}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </NetworkPage>
  );
}
