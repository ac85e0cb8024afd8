import { clsx } from "clsx";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountPageHeader } from "@/components/account/account-page-header";
import { frAccount } from "@/components/account/messages";
import { getDb } from "@/db";
import { listSavedItems, type SavedItemView } from "@/lib/account/saved-items";
import { requireUser } from "@/lib/auth/guards";
import { formatNumber } from "@/lib/i18n/format";
import { SEARCH_KINDS, type SearchKind } from "@/lib/search/types";
import { formatDay, kindLabel, kindPluralLabel } from "../_components/format";
import { SavedItemCard } from "../_components/saved-item-card";

export const metadata: Metadata = { title: `${frAccount.saved.title} – ${frAccount.spaceName}` };

const PATH = "/espace/favoris";

function parseKind(value: string | string[] | undefined): SearchKind | null {
  return typeof value === "string" && (SEARCH_KINDS as readonly string[]).includes(value) ? (value as SearchKind) : null;
}

export default async function SavedItemsPage({ searchParams }: PageProps<"/espace/favoris">) {
  const user = await requireUser(PATH);
  const kind = parseKind((await searchParams).type);
  const items = await listSavedItems(getDb(), user);
  const byKind = new Map<SearchKind, SavedItemView[]>();
  for (const item of items) {
    if (!byKind.has(item.kind)) byKind.set(item.kind, []);
    byKind.get(item.kind)!.push(item);
  }
  const kinds = SEARCH_KINDS.filter((k) => byKind.has(k));
  const shown = kind ? [kind] : kinds;

  return (
    <>
      <AccountPageHeader title={frAccount.saved.title} intro={<p>{frAccount.saved.intro}</p>} />
      {items.length === 0 ? (
        <EmptyMessage>{frAccount.saved.empty}</EmptyMessage>
      ) : (
        <>
          {kinds.length > 1 && <KindFilter kinds={kinds} counts={byKind} total={items.length} current={kind} />}
          <div className="space-y-10">
            {shown.map((k) => {
              const group = byKind.get(k) ?? [];
              return (
                <section key={k} aria-labelledby={`favoris-${k}`}>
                  <h2 id={`favoris-${k}`} className="text-2xl font-extrabold tracking-tight text-brand-900">
                    {kindPluralLabel(k)} <span className="font-semibold text-ink-muted">({formatNumber(group.length)})</span>
                  </h2>
                  {group.length === 0 ? (
                    <p className="mt-4 text-ink-muted">{frAccount.saved.emptyKind}</p>
                  ) : (
                    <ul role="list" className="mt-4 space-y-4">
                      {group.map((item) => (
                        <li key={`${item.kind}:${item.itemId}`}>
                          <SavedItemCard
                            kind={item.kind}
                            itemId={item.itemId}
                            kindLabel={kindLabel(item.kind)}
                            title={item.title}
                            url={item.url}
                            available={item.available}
                            note={item.note}
                            savedAtIso={item.savedAt.toISOString()}
                            savedOn={formatDay(item.savedAt)}
                          />
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </>
      )}
    </>
  );
}

function KindFilter(props: { kinds: SearchKind[]; counts: Map<SearchKind, SavedItemView[]>; total: number; current: SearchKind | null }) {
  const { kinds, counts, total, current } = props;
  const links = [
    { href: PATH, label: frAccount.saved.all, count: total, active: current === null },
    ...kinds.map((k) => ({
      href: `${PATH}?type=${k}`,
      label: kindPluralLabel(k),
      count: counts.get(k)?.length ?? 0,
      active: current === k,
    })),
  ];
  return (
    <nav aria-label={frAccount.saved.filterLabel} className="mb-8">
      <ul role="list" className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.active ? "true" : undefined}
              className={clsx(
                "inline-flex min-h-11 items-center gap-1.5 rounded-full border px-4 py-2 font-semibold no-underline hover:underline",
                link.active ? "border-brand-700 bg-brand-700 text-white" : "border-line bg-white text-brand-800 hover:bg-brand-50",
              )}
            >
              {link.label}
              <span className={link.active ? "text-white" : "text-ink-muted"}>({formatNumber(link.count)})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function EmptyMessage({ children }: { children: ReactNode }) {
  return (
    <div className="rounded-card border border-dashed border-brand-300 bg-brand-50 p-6">
      <p className="max-w-2xl">{children}</p>
      <p className="mt-4">
        <Link href="/formations" className="font-semibold text-brand-700 underline hover:text-brand-900">
          {frAccount.saved.explore}
        </Link>
      </p>
    </div>
  );
}
