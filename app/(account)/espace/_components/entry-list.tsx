import { clsx } from "clsx";
import Link from "next/link";
import type { ReactNode } from "react";
import type { SearchKind } from "@/lib/search/types";
import { frAccount } from "@/components/account/messages";
import { kindLabel } from "./format";

export type Entry = {
  kind: SearchKind;
  itemId: string;
  title: string;
  url: string;
  available: boolean;
  /** "Consulté le …", "Sauvegardé le …". */
  meta: ReactNode;
  /** A control on the right (save button). */
  action?: ReactNode;
};

/** A compact list of items (dashboard, history): kind, title linked while available, date. */
export function EntryList({ entries, className }: { entries: Entry[]; className?: string }) {
  return (
    <ul role="list" className={clsx("divide-y divide-line rounded-card border border-line bg-white", className)}>
      {entries.map((entry) => (
        <li key={`${entry.kind}:${entry.itemId}`} className="flex items-start gap-3 px-4 py-3 sm:px-5">
          <div className="min-w-0 flex-1">
            <p className="text-sm font-semibold tracking-wide text-brand-600 uppercase">{kindLabel(entry.kind)}</p>
            {entry.available ? (
              <Link href={entry.url} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
                {entry.title}
              </Link>
            ) : (
              <p className="font-semibold text-ink">
                {entry.title} <UnavailableBadge />
              </p>
            )}
            <p className="text-sm text-ink-muted">{entry.meta}</p>
          </div>
          {entry.action && <div className="shrink-0">{entry.action}</div>}
        </li>
      ))}
    </ul>
  );
}

/** Said in words, not by a colour or a missing link alone. */
export function UnavailableBadge() {
  return (
    <span className="ml-1 inline-flex items-center rounded-full bg-accent-100 px-2.5 py-0.5 text-sm font-semibold text-accent-800 ring-1 ring-accent-200 ring-inset">
      {frAccount.history.unavailable}
    </span>
  );
}
