import type { ImportCounts } from "@/db/schema";
import { COUNT_LABELS, LEVEL_PLURALS } from "@/lib/import/labels";
import { formatCount } from "../_lib/format";

const COLUMNS = Object.entries(COUNT_LABELS) as [keyof typeof COUNT_LABELS, string][];

/** Volumes of a run per level of the LHEO tree, as a real table (row and column headers). */
export function CountsTable({ counts }: { counts: ImportCounts }) {
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-white" role="region" aria-label="Volumes par niveau" tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Volumes de l&apos;import par niveau : éléments lus, créés, mis à jour, inchangés, retirés et rejetés</caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className="px-3 py-2.5 font-semibold">
              Niveau
            </th>
            {COLUMNS.map(([key, label]) => (
              <th key={key} scope="col" className="px-3 py-2.5 text-right font-semibold">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LEVEL_PLURALS.map(([level, label]) => (
            <tr key={level} className="border-t border-line">
              <th scope="row" className="px-3 py-2.5 font-semibold">
                {label}
              </th>
              {COLUMNS.map(([key]) => (
                <td key={key} className="px-3 py-2.5 text-right tabular-nums">
                  {formatCount(counts[level][key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
