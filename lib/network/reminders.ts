import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { alumniProfiles, networkMembers, users } from "@/db/schema";
import { type AccountContext, siteLink } from "@/lib/auth/context";
import { sendEmail } from "@/lib/email/send";
import { profileReminderTemplate } from "./emails";

export const REMINDER_INTERVAL_DAYS = 365;
/** Per run: the job runs daily, so a large backlog is spread over a few days. */
const BATCH = 500;

/**
 * The yearly reminder: every approved member (alumni and organisation members) whose profile was
 * last updated, and who was last reminded, more than a year ago receives an e-mail in their
 * language inviting them to update it. Each reminder is recorded with its e-mail, so an
 * interrupted run never sends one twice.
 */
export async function sendProfileReminders(db: DbOrTx, options: { now?: Date; ctx: AccountContext }): Promise<number> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - REMINDER_INTERVAL_DAYS * 24 * 60 * 60 * 1000);
  const lastTouched = sql`greatest(coalesce(${alumniProfiles.updatedAt}, ${networkMembers.decidedAt}, ${networkMembers.createdAt}), coalesce(${networkMembers.reminderSentAt}, '-infinity'::timestamptz))`;
  const due = await db
    .select({ userId: networkMembers.userId, email: users.email, locale: networkMembers.locale })
    .from(networkMembers)
    .innerJoin(users, eq(users.id, networkMembers.userId))
    .leftJoin(alumniProfiles, eq(alumniProfiles.userId, networkMembers.userId))
    .where(
      and(
        eq(networkMembers.status, "approved"),
        inArray(networkMembers.kind, ["alumni", "organisation_member"]),
        eq(users.status, "active"),
        sql`${lastTouched} < ${cutoff.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(networkMembers.userId)
    .limit(BATCH);
  const link = siteLink(options.ctx, "/reseau/profil");
  for (const member of due) {
    await db.transaction(async (tx) => {
      const mail = profileReminderTemplate(member.locale, options.ctx.siteName, link);
      await sendEmail(tx, { to: member.email, ...mail, template: "network-profile-reminder" }, options.ctx.mail);
      await tx.update(networkMembers).set({ reminderSentAt: now }).where(eq(networkMembers.userId, member.userId));
    });
  }
  return due.length;
}
