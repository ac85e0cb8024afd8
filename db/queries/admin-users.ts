import "server-only";
import { and, arrayContains, asc, count, desc, eq, inArray, isNotNull, isNull, ne, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditLog, authSessions, consents, recentViews, savedItems, savedSearches, users } from "@/db/schema";
import type { AccountStatus, Role } from "@/lib/auth/roles";
import { foldedContains, type PageParams, type PageResult, pageWindow, type SortOrder } from "./admin-shared";

// Back-office data: lib/admin/users.ts checks the administrator's permission before calling these.

export const USER_SORTS = ["created", "lastSignIn", "email"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export type ListUsersParams = PageParams & {
  /** Part of the email or name, accents and case ignored. */
  q?: string;
  /** A granted role, or "none" for accounts with no role beyond visitor. */
  role?: Exclude<Role, "visitor"> | "none";
  status?: AccountStatus;
  verified?: boolean;
  sort: UserSort;
  order: SortOrder;
};

export type UserListRow = {
  id: string;
  email: string;
  name: string | null;
  roles: Role[];
  status: AccountStatus;
  emailVerified: Date | null;
  createdAt: Date;
  lastSignInAt: Date | null;
};

const sortColumns = {
  created: users.createdAt,
  lastSignIn: users.lastSignInAt,
  email: users.email,
} as const;

function userFilters(params: ListUsersParams): SQL | undefined {
  const filters: SQL[] = [];
  if (params.q?.trim()) filters.push(foldedContains(sql`coalesce(${users.name}, '') || ' ' || ${users.email}`, params.q));
  if (params.role === "none") filters.push(sql`cardinality(${users.roles}) = 0`);
  else if (params.role) filters.push(arrayContains(users.roles, [params.role]));
  if (params.status) filters.push(eq(users.status, params.status));
  if (params.verified !== undefined) filters.push(params.verified ? isNotNull(users.emailVerified) : isNull(users.emailVerified));
  return filters.length ? and(...filters) : undefined;
}

export async function listUsers(db: DbOrTx, params: ListUsersParams): Promise<PageResult<UserListRow>> {
  const where = userFilters(params);
  const [totalRow] = await db.select({ n: count() }).from(users).where(where);
  const total = totalRow?.n ?? 0;
  const { page, perPage, offset } = pageWindow(total, params);
  const column = sortColumns[params.sort];
  // Never-signed-in accounts go last either way: they are not "the most recent" nor "the oldest".
  const primary = params.order === "asc" ? sql`${column} asc nulls last` : sql`${column} desc nulls last`;
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      roles: users.roles,
      status: users.status,
      emailVerified: users.emailVerified,
      createdAt: users.createdAt,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .where(where)
    .orderBy(primary, asc(users.id))
    .limit(perPage)
    .offset(offset);
  return { rows, total, page, perPage };
}

export type UserDetail = {
  user: Omit<typeof users.$inferSelect, "passwordHash"> & { hasPassword: boolean };
  consents: { document: "terms" | "privacy"; version: string; acceptedAt: Date }[];
  recentSignIns: { at: Date; action: string; ip: string | null; method: string | null }[];
  counts: { savedItems: number; savedSearches: number; recentViews: number; sessions: number };
};

export async function getUserDetail(db: DbOrTx, params: { userId: string; signInLimit?: number }): Promise<UserDetail | null> {
  const [row] = await db.select().from(users).where(eq(users.id, params.userId)).limit(1);
  if (!row) return null;
  const { passwordHash, ...user } = row;
  const countFor = async (table: typeof savedItems | typeof savedSearches | typeof recentViews | typeof authSessions) => {
    const [result] = await db.select({ n: count() }).from(table).where(eq(table.userId, row.id));
    return result?.n ?? 0;
  };
  const [userConsents, signIns, saved, searches, views, sessions] = await Promise.all([
    db
      .select({ document: consents.document, version: consents.version, acceptedAt: consents.acceptedAt })
      .from(consents)
      .where(eq(consents.userId, row.id))
      .orderBy(desc(consents.acceptedAt)),
    listRecentSignIns(db, { userId: row.id, limit: params.signInLimit ?? 10 }),
    countFor(savedItems),
    countFor(savedSearches),
    countFor(recentViews),
    countFor(authSessions),
  ]);
  return {
    user: { ...user, hasPassword: passwordHash !== null },
    consents: userConsents,
    recentSignIns: signIns,
    counts: { savedItems: saved, savedSearches: searches, recentViews: views, sessions },
  };
}

/** Successful and failed sign-ins on an account, newest first, from the audit log. */
export async function listRecentSignIns(db: DbOrTx, params: { userId: string; limit: number }) {
  const rows = await db
    .select({ at: auditLog.at, action: auditLog.action, ip: auditLog.ip, details: auditLog.details })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.targetType, "user"),
        eq(auditLog.targetId, params.userId),
        inArray(auditLog.action, ["auth.sign_in", "auth.sign_in_failed"]),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(params.limit);
  return rows.map(({ details, ...rest }) => ({ ...rest, method: typeof details.method === "string" ? details.method : null }));
}

export async function getUserAccount(db: DbOrTx, params: { userId: string }) {
  const [row] = await db
    .select({ id: users.id, email: users.email, roles: users.roles, status: users.status })
    .from(users)
    .where(eq(users.id, params.userId))
    .limit(1);
  return row ?? null;
}

/**
 * Active administrators other than `exceptUserId`, locked until the end of the transaction: two
 * administrators demoting each other at the same moment cannot both pass the check.
 */
export async function lockOtherActiveAdmins(tx: DbOrTx, params: { exceptUserId: string }): Promise<number> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(arrayContains(users.roles, ["admin"]), eq(users.status, "active"), ne(users.id, params.exceptUserId)))
    .for("update");
  return rows.length;
}
