import { type Action, rolesAllowed } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { HelpStrings } from "@/lib/network/i18n/help";
import { ALUMNI_FIELDS, type AlumniField, canSearchBy, canSeeField, NETWORK_VIEWERS, type NetworkViewer, SEARCH_CRITERIA } from "@/lib/network/matrix";

/**
 * The help's tables, generated from the matrix and the permissions the server enforces, so the
 * help says exactly what happens. Each cell answers in words, not with a mark alone.
 */

const cell = "border-b border-line px-3 py-2 align-top";

function MatrixTable({
  caption,
  firstColumn,
  rows,
  columns,
  labels,
  answer,
}: {
  caption: string;
  firstColumn: string;
  rows: readonly AlumniField[];
  columns: readonly NetworkViewer[];
  labels: { rows: Record<AlumniField, string>; columns: Record<NetworkViewer, string> };
  answer: (row: AlumniField, column: NetworkViewer) => string;
}) {
  return (
    <div className="mt-4 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className={cell}>{firstColumn}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className={cell}>
                {labels.columns[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row" className={`${cell} font-semibold`}>
                {labels.rows[row]}
              </th>
              {columns.map((column) => (
                <td key={column} className={cell}>
                  {answer(row, column)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Who sees each field of an alumni's profile; `columns` picks the viewers shown. */
export function FieldVisibilityTable({ t, fields, caption, columns = NETWORK_VIEWERS }: { t: HelpStrings; fields: Record<AlumniField, string>; caption: string; columns?: readonly NetworkViewer[] }) {
  return (
    <MatrixTable
      caption={caption}
      firstColumn={t.fieldColumn}
      rows={ALUMNI_FIELDS}
      columns={columns}
      labels={{ rows: fields, columns: t.viewers }}
      answer={(field, viewer) => (canSeeField(viewer, field) ? t.visible : t.hidden)}
    />
  );
}

/** Who may search by each criterion (contact details are never criteria: left out). */
export function SearchAccessTable({ t, fields, caption }: { t: HelpStrings; fields: Record<AlumniField, string>; caption: string }) {
  const criteria = SEARCH_CRITERIA.filter((criterion) => NETWORK_VIEWERS.some((viewer) => canSearchBy(viewer, criterion)));
  return (
    <MatrixTable
      caption={caption}
      firstColumn={t.criterionColumn}
      rows={criteria}
      columns={NETWORK_VIEWERS}
      labels={{ rows: fields, columns: t.viewers }}
      answer={(criterion, viewer) => (canSearchBy(viewer, criterion) ? t.searchable : t.notSearchable)}
    />
  );
}

const LEVEL_ROLES = ["network_admin", "network_editor", "network_reader"] as const satisfies readonly Role[];
const CAPABILITIES: { key: keyof HelpStrings["admin"]["capabilities"]; action: Action }[] = [
  { key: "read", action: "network:read_all" },
  { key: "publish", action: "network:publish" },
  { key: "approve", action: "network:approve" },
];

/** What each administration level may do, read from lib/auth/permissions.ts. */
export function AdminLevelsTable({ t }: { t: HelpStrings }) {
  const a = t.admin;
  return (
    <div className="mt-4 overflow-x-auto" role="region" aria-label={a.levelsCaption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{a.levelsCaption}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className={cell}>{a.capabilityColumn}</th>
            {LEVEL_ROLES.map((role) => (
              <th key={role} scope="col" className={cell}>
                {a.levelNames[role]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CAPABILITIES.map(({ key, action }) => (
            <tr key={key}>
              <th scope="row" className={`${cell} font-normal`}>
                {a.capabilities[key]}
              </th>
              {LEVEL_ROLES.map((role) => (
                <td key={role} className={cell}>
                  {rolesAllowed(action).includes(role) ? a.yes : a.no}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
