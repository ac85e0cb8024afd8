import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountPageHeader } from "@/components/account/account-page-header";
import { frAccount } from "@/components/account/messages";
import { getDb } from "@/db";
import { countRecentViews, listLatestSavedSearches } from "@/db/queries/personal";
import { listRecentViews } from "@/lib/account/recent-views";
import { countSavedItems, listSavedItems } from "@/lib/account/saved-items";
import { requireUser } from "@/lib/auth/guards";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { getNetworkStanding } from "@/lib/network/access";
import { EntryList } from "./_components/entry-list";
import { formatDay, formatDayTime } from "./_components/format";
import { NetworkCard } from "./_components/network-card";
import { SavedSearchList } from "./_components/saved-search-list";

export const metadata: Metadata = { title: `${frAccount.dashboard.title} – ${frAccount.spaceName}` };

const PREVIEW = 5;

export default async function SpaceDashboardPage() {
  const user = await requireUser("/espace");
  const db = getDb();
  const [counts, saved, searches, views, viewTotal, networkStanding] = await Promise.all([
    countSavedItems(db, user),
    listSavedItems(db, user, { limit: PREVIEW }),
    listLatestSavedSearches(db, { userId: user.id, limit: 3 }),
    listRecentViews(db, user, { limit: PREVIEW }),
    countRecentViews(db, { userId: user.id }),
    getNetworkStanding(db, user),
  ]);
  const savedTotal = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const d = frAccount.dashboard;

  return (
    <>
      <AccountPageHeader
        title={d.title}
        breadcrumbs={[]}
        intro={
          <p>
            <strong className="text-ink">{d.greeting(user.name)}.</strong> {d.intro}
          </p>
        }
      />

      <section aria-labelledby="resume" className="mb-10">
        <h2 id="resume" className="sr-only">
          {d.summaryLabel}
        </h2>
        <ul role="list" className="grid gap-4 sm:grid-cols-3">
          <Stat href="/espace/favoris" count={savedTotal} forms={d.savedCount} />
          <Stat href="/espace/recherches" count={searches.total} forms={d.searchCount} />
          <Stat href="/espace/historique" count={viewTotal} forms={d.historyCount} />
        </ul>
      </section>

      <div className="grid gap-10 xl:grid-cols-2">
        <Block id="derniers-favoris" title={d.latestSaved} more={{ href: "/espace/favoris", label: d.seeAllSaved }}>
          {saved.length === 0 ? (
            <Empty>{d.noSaved}</Empty>
          ) : (
            <EntryList
              entries={saved.map((item) => ({
                ...item,
                meta: <time dateTime={item.savedAt.toISOString()}>{frAccount.saved.savedOn(formatDay(item.savedAt))}</time>,
              }))}
            />
          )}
        </Block>

        <Block id="consultes-recemment" title={d.recentViews} more={{ href: "/espace/historique", label: d.seeHistory }}>
          {views.length === 0 ? (
            <Empty>{d.noViews}</Empty>
          ) : (
            <EntryList
              entries={views.map((view) => ({
                ...view,
                meta: (
                  <time dateTime={view.viewedAt.toISOString()}>{frAccount.history.viewedOn(formatDayTime(view.viewedAt))}</time>
                ),
              }))}
            />
          )}
        </Block>

        <Block id="recherches" title={d.latestSearches} more={{ href: "/espace/recherches", label: d.seeAllSearches }}>
          {searches.rows.length === 0 ? <Empty>{d.noSearches}</Empty> : <SavedSearchList searches={searches.rows} />}
        </Block>
      </div>

      <NetworkCard standing={networkStanding} />

      <p className="mt-10">
        <Link href="/espace/compte" className="font-semibold text-brand-700 underline hover:text-brand-900">
          {d.accountLink}
        </Link>
      </p>
    </>
  );
}

function Stat({ href, count, forms }: { href: string; count: number; forms: { one: string; other: string } }) {
  return (
    <li>
      <Link
        href={href}
        className="flex h-full flex-col rounded-card border border-line bg-white p-5 text-brand-900 no-underline shadow-card transition-shadow hover:shadow-card-hover"
      >
        <span className="text-3xl font-extrabold">{formatNumber(count)}</span>
        <span className="font-semibold text-brand-700 underline-offset-4 hover:underline">{pluralize(count, forms)}</span>
      </Link>
    </li>
  );
}

function Block(props: { id: string; title: string; more: { href: string; label: string }; children: ReactNode }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id} className="text-2xl font-extrabold tracking-tight text-brand-900">
        {props.title}
      </h2>
      <div className="mt-4">{props.children}</div>
      <p className="mt-3">
        <Link href={props.more.href} className="font-semibold text-brand-700 underline hover:text-brand-900">
          {props.more.label}
        </Link>
      </p>
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="rounded-card border border-dashed border-brand-300 bg-brand-50 p-5">{children}</p>;
}
