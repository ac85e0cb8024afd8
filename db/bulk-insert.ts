import { getTableColumns, getTableName, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "./client";
import { queryRows } from "./sql";

export type BulkInsertOptions = {
  /** Conflict target (column keys). Without it, a conflict is an error. */
  conflict?: string[];
  /** "update": the proposed row replaces the stored one (identity and createdAt kept); "nothing": skip it. */
  onConflict?: "update" | "nothing";
  /** Column keys to return, for the inserted or updated rows. */
  returning?: string[];
};

const ROWS_PER_STATEMENT = 2000;

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function jsonValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : (value ?? null);
}

/**
 * Multi-row insert (or upsert) through a single JSON parameter expanded by
 * `jsonb_populate_recordset`. The import writes tens of thousands of rows of 20 to 45 columns:
 * one bound parameter per value made parameter building and binding the bottleneck, and the
 * 65,535-parameter limit forced small statements. Values keep their column types (arrays, jsonb,
 * dates, enums) because the record type is the table's own.
 */
export async function bulkInsert(
  db: DbOrTx,
  table: PgTable,
  rows: Record<string, unknown>[],
  options: BulkInsertOptions = {},
): Promise<Record<string, unknown>[]> {
  if (!rows.length) return [];
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const names = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`unknown column ${k} for ${getTableName(table)}`);
    return column.name;
  });
  const tableName = quote(getTableName(table));
  const columnList = names.map(quote).join(", ");
  let tail = "";
  if (options.conflict) {
    const target = options.conflict.map((k) => quote(columns[k]?.name ?? k)).join(", ");
    if (options.onConflict === "update") {
      const set = names.filter((n) => n !== "id" && n !== "created_at").map((n) => `${quote(n)} = excluded.${quote(n)}`);
      if (columns.updatedAt) set.push(`${quote(columns.updatedAt.name)} = now()`);
      tail = ` on conflict (${target}) do update set ${set.join(", ")}`;
    } else {
      tail = ` on conflict (${target}) do nothing`;
    }
  }
  const returning = options.returning ?? [];
  if (returning.length) tail += ` returning ${returning.map((k) => `${quote(columns[k]?.name ?? k)} as ${quote(k)}`).join(", ")}`;

  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const payload = rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => {
      const record: Record<string, unknown> = {};
      keys.forEach((k, j) => {
        record[names[j] as string] = jsonValue(row[k]);
      });
      return record;
    });
    const query: SQL = sql.join(
      [
        sql.raw(`insert into ${tableName} (${columnList}) select ${columnList} from jsonb_populate_recordset(null::${tableName}, `),
        sql`${JSON.stringify(payload)}::jsonb`,
        sql.raw(`)${tail}`),
      ],
      sql.raw(""),
    );
    out.push(...(await queryRows<Record<string, unknown>>(db, query)));
  }
  return out;
}

/**
 * `column NOT IN (ids)` for any number of ids, as one JSON parameter: a 100,000-formation full
 * feed would overflow the parameter limit with one parameter per id.
 */
export function notInJsonList(column: PgColumn, values: Iterable<string>): SQL {
  return sql`${column} not in (select jsonb_array_elements_text(${JSON.stringify([...values])}::jsonb))`;
}
