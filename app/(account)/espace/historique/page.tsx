import type { Metadata } from "next";
import { AccountPageHeader } from "@/components/account/account-page-header";
import { frAccount } from "@/components/account/messages";
import { SaveButton } from "@/components/account/save-button";
import { getDb } from "@/db";
import { listRecentViews, RECENT_VIEWS_LIMIT } from "@/lib/account/recent-views";
import { requireUser } from "@/lib/auth/guards";
import { ClearHistoryForm } from "../_components/clear-history-form";
import { EntryList } from "../_components/entry-list";
import { formatDayTime } from "../_components/format";

export const metadata: Metadata = { title: `${frAccount.history.title} – ${frAccount.spaceName}` };

export default async function HistoryPage() {
  const user = await requireUser("/espace/historique");
  const views = await listRecentViews(getDb(), user);

  return (
    <>
      <AccountPageHeader title={frAccount.history.title} intro={<p>{frAccount.history.intro(RECENT_VIEWS_LIMIT)}</p>} />
      <ClearHistoryForm hasEntries={views.length > 0} />
      {views.length === 0 ? (
        <p className="rounded-card border border-dashed border-brand-300 bg-brand-50 p-6">{frAccount.history.empty}</p>
      ) : (
        <EntryList
          entries={views.map((view) => ({
            kind: view.kind,
            itemId: view.itemId,
            title: view.title,
            url: view.url,
            available: view.available,
            meta: (
              <time dateTime={view.viewedAt.toISOString()}>{frAccount.history.viewedOn(formatDayTime(view.viewedAt))}</time>
            ),
            action: view.available ? (
              <SaveButton kind={view.kind} itemId={view.itemId} title={view.title} variant="compact" />
            ) : undefined,
          }))}
        />
      )}
    </>
  );
}
