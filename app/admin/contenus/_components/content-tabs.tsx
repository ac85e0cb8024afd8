import Link from "next/link";
import { adminContentPath, type ContentKind } from "@/lib/cms/kinds";

const TABS = [
  { rest: "", label: "Modifier" },
  { rest: "/apercu", label: "Aperçu" },
  { rest: "/historique", label: "Historique" },
] as const;

export type ContentTab = "edit" | "preview" | "history";
const TAB_IDS: ContentTab[] = ["edit", "preview", "history"];

/** Links between the pages of one record: its form, its preview and its history. */
export function ContentTabs({ kind, id, current }: { kind: ContentKind; id: number; current: ContentTab }) {
  return (
    <nav aria-label="Pages de ce contenu" className="mb-6 border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {TABS.map((tab, index) => {
          const active = TAB_IDS[index] === current;
          return (
            <li key={tab.label}>
              <Link
                href={adminContentPath(kind, `/${id}${tab.rest}`)}
                aria-current={active ? "page" : undefined}
                className={
                  active
                    ? "inline-block border-b-4 border-brand-700 px-4 py-2 font-bold text-brand-900"
                    : "inline-block border-b-4 border-transparent px-4 py-2 font-semibold text-brand-800 underline-offset-4 hover:underline"
                }
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
