import Link from "next/link";
import type { SavedSearch } from "@/db/schema";
import { frAccount } from "@/components/account/messages";
import { Badge } from "@/components/ui/badge";

/** A saved search's results page: engine paths are plain words, anything else is not linked. */
function searchHref(search: Pick<SavedSearch, "engine" | "query">): string | null {
  if (!/^[a-z][a-z-]{0,40}$/.test(search.engine)) return null;
  return search.query ? `/${search.engine}?${search.query}` : `/${search.engine}`;
}

/** Read-only glimpse of saved searches on the dashboard; they are managed on their own page. */
export function SavedSearchList({ searches }: { searches: SavedSearch[] }) {
  return (
    <ul role="list" className="divide-y divide-line rounded-card border border-line bg-white">
      {searches.map((search) => {
        const href = searchHref(search);
        return (
          <li key={search.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 sm:px-5">
            {href ? (
              <Link href={href} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
                {search.label}
              </Link>
            ) : (
              <span className="font-semibold">{search.label}</span>
            )}
            {search.alert && <Badge tone="brand">{frAccount.dashboard.alertOn}</Badge>}
          </li>
        );
      })}
    </ul>
  );
}
