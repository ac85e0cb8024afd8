import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { outboxEmails } from "@/db/schema";
import type { AccountContext } from "@/lib/auth/context";

/** Account services configured like the embedded default: emails stay in the outbox. */
export const testAccountContext: AccountContext = {
  siteUrl: "http://portail.test",
  siteName: "Passerelle",
  mail: { from: "Passerelle <ne-pas-repondre@portail.test>", transport: null },
};

/** The newest email sent to an address, from the outbox. */
export async function lastEmailTo(db: DbOrTx, to: string) {
  const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.to, to)).orderBy(desc(outboxEmails.id)).limit(1);
  return row;
}

/** The token of the first link to `path` in an email's text. */
export function tokenFromEmail(text: string, path: string): string {
  const match = text.match(new RegExp(`${path.replace(/[/]/g, "\\/")}\\?jeton=([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`No ${path} link in: ${text}`);
  return match[1]!;
}
