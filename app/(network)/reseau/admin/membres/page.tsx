import type { Metadata } from "next";
import Link from "next/link";
import { NetworkSelectField, NetworkTextField } from "@/components/network/fields";
import { NetworkPage } from "@/components/network/network-page";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db";
import { type ListMembersParams, listNetworkMembers } from "@/db/queries/network-members";
import { NETWORK_MEMBER_KINDS, NETWORK_MEMBER_STATUSES } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { coreStrings } from "@/lib/network/i18n/core";
import { membershipAdminStrings } from "@/lib/network/i18n/membership-admin";
import { detailLabel, formatDate, kindLabel } from "../_components/member-kind";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PER_PAGE = 50;

export async function generateMetadata(): Promise<Metadata> {
  return { title: pick(membershipAdminStrings, await getNetworkLocale()).membersTitle };
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseParams(raw: Record<string, string | string[] | undefined>): ListMembersParams {
  const status = one(raw.statut);
  const kind = one(raw.type);
  return {
    status: (NETWORK_MEMBER_STATUSES as readonly string[]).includes(status ?? "") ? (status as ListMembersParams["status"]) : undefined,
    kind: (NETWORK_MEMBER_KINDS as readonly string[]).includes(kind ?? "") ? (kind as ListMembersParams["kind"]) : undefined,
    q: one(raw.q)?.slice(0, 100) || undefined,
    page: Number(one(raw.page)) || 1,
    perPage: PER_PAGE,
  };
}

/** Everyone in the network, filtered by status and kind (network administrators; editing needs "network:approve"). */
export default async function NetworkMembersPage({ searchParams }: Props) {
  const { user, locale } = await requireNetworkAccess("/reseau/admin/membres", "network:read_all");
  const t = pick(membershipAdminStrings, locale);
  const core = pick(coreStrings, locale);
  const params = parseParams(await searchParams);
  const { rows, total, page, perPage } = await listNetworkMembers(getDb(), params);
  const pages = Math.max(1, Math.ceil(total / perPage));
  const mayEdit = can(user, "network:approve");
  const pageHref = (n: number) => {
    const query = new URLSearchParams();
    if (params.status) query.set("statut", params.status);
    if (params.kind) query.set("type", params.kind);
    if (params.q) query.set("q", params.q);
    query.set("page", String(n));
    return `/reseau/admin/membres?${query}`;
  };

  return (
    <NetworkPage title={t.membersTitle} intro={<p>{t.membersIntro}</p>} wide>
      <form method="get" className="mb-6 rounded-xl border border-line bg-white p-4">
        <fieldset className="grid items-end gap-4 sm:grid-cols-[1fr_1fr_2fr_auto]">
          <legend className="sr-only">{t.filters.legend}</legend>
          <NetworkSelectField id="membres-statut" name="statut" label={t.filters.status} locale={locale} defaultValue={params.status ?? ""}>
            <option value="">{t.filters.all}</option>
            {NETWORK_MEMBER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {core.statuses[status]}
              </option>
            ))}
          </NetworkSelectField>
          <NetworkSelectField id="membres-type" name="type" label={t.filters.kind} locale={locale} defaultValue={params.kind ?? ""}>
            <option value="">{t.filters.all}</option>
            {NETWORK_MEMBER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {core.kinds[kind]}
              </option>
            ))}
          </NetworkSelectField>
          <NetworkTextField id="membres-q" name="q" type="search" label={t.filters.q} locale={locale} defaultValue={params.q ?? ""} />
          <div className="flex gap-3">
            <Button>{t.filters.apply}</Button>
          </div>
        </fieldset>
        {(params.status || params.kind || params.q) && (
          <p className="mt-3">
            <Link href="/reseau/admin/membres">{t.filters.reset}</Link>
          </p>
        )}
      </form>

      {rows.length === 0 ? (
        <p>{t.noMembers}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-line bg-white">
          <table className="w-full text-left">
            <caption className="px-4 py-3 text-left font-semibold">{t.caption(total)}</caption>
            <thead className="bg-brand-50">
              <tr>
                <th scope="col" className="px-4 py-2">{t.columns.name}</th>
                <th scope="col" className="px-4 py-2">{t.columns.kind}</th>
                <th scope="col" className="px-4 py-2">{t.columns.status}</th>
                <th scope="col" className="px-4 py-2">{t.columns.detail}</th>
                <th scope="col" className="px-4 py-2">{t.columns.date}</th>
                {mayEdit && <th scope="col" className="px-4 py-2">{t.columns.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.userId} className="border-t border-line">
                  <th scope="row" className="px-4 py-3 font-semibold">
                    {row.name}
                    <span className="block text-sm font-normal text-ink-muted">{row.email}</span>
                  </th>
                  <td className="px-4 py-3">{kindLabel(row, locale)}</td>
                  <td className="px-4 py-3">{row.status ? core.statuses[row.status] : core.statuses.approved}</td>
                  <td className="px-4 py-3">{detailLabel(row, locale)}</td>
                  <td className="px-4 py-3">{formatDate(row.createdAt, locale)}</td>
                  {mayEdit && (
                    <td className="px-4 py-3">
                      <Link href={`/reseau/admin/membres/${encodeURIComponent(row.userId)}`} aria-label={t.open(row.name)}>
                        {t.openShort}
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t.page(page, pages)} className="mt-6 flex items-center gap-6">
          {page > 1 && <Link href={pageHref(page - 1)}>{t.previous}</Link>}
          <span>{t.page(page, pages)}</span>
          {page < pages && <Link href={pageHref(page + 1)}>{t.next}</Link>}
        </nav>
      )}
    </NetworkPage>
  );
}
