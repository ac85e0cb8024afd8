import "server-only";
import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type OutboxEmail, outboxEmails } from "@/db/schema";
import { foldedContains, type PageParams, type PageResult, pageWindow, type SortOrder } from "./admin-shared";

// Back-office data: lib/admin/outbox.ts checks the administrator's permission before calling these.

export const OUTBOX_SORTS = ["created", "to"] as const;
export type OutboxSort = (typeof OUTBOX_SORTS)[number];

export const OUTBOX_STATUSES = ["stored", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export type ListOutboxParams = PageParams & {
  /** Part of the recipient's address. */
  q?: string;
  template?: string;
  status?: OutboxStatus;
  sort: OutboxSort;
  order: SortOrder;
};

export type OutboxListRow = Pick<OutboxEmail, "id" | "createdAt" | "to" | "subject" | "template" | "status" | "error">;

const sortColumns = { created: outboxEmails.createdAt, to: outboxEmails.to } as const;

export async function listOutboxEmails(db: DbOrTx, params: ListOutboxParams): Promise<PageResult<OutboxListRow>> {
  const filters: SQL[] = [];
  if (params.q?.trim()) filters.push(foldedContains(sql`${outboxEmails.to}`, params.q));
  if (params.template) filters.push(eq(outboxEmails.template, params.template));
  if (params.status) filters.push(eq(outboxEmails.status, params.status));
  const where = filters.length ? and(...filters) : undefined;
  const [totalRow] = await db.select({ n: count() }).from(outboxEmails).where(where);
  const total = totalRow?.n ?? 0;
  const { page, perPage, offset } = pageWindow(total, params);
  const column = sortColumns[params.sort];
  const rows = await db
    .select({
      id: outboxEmails.id,
      createdAt: outboxEmails.createdAt,
      to: outboxEmails.to,
      subject: outboxEmails.subject,
      template: outboxEmails.template,
      status: outboxEmails.status,
      error: outboxEmails.error,
    })
    .from(outboxEmails)
    .where(where)
    .orderBy(params.order === "asc" ? asc(column) : desc(column), params.order === "asc" ? asc(outboxEmails.id) : desc(outboxEmails.id))
    .limit(perPage)
    .offset(offset);
  return { rows, total, page, perPage };
}

export async function getOutboxEmail(db: DbOrTx, params: { id: number }): Promise<OutboxEmail | null> {
  const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, params.id)).limit(1);
  return row ?? null;
}

/** The templates present in the outbox, for the filter. */
export async function listOutboxTemplates(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ template: outboxEmails.template }).from(outboxEmails).orderBy(asc(outboxEmails.template));
  return rows.map((row) => row.template);
}
