import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxEmails } from "@/db/schema";
import { sendEmail } from "@/lib/email/send";
import type { EmailTransport } from "@/lib/email/transport";
import { createTestDatabase, type TestDatabase } from "../../../helpers/db";
import { eq } from "drizzle-orm";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

const message = { to: "a@exemple.fr", subject: "Lien", text: "https://portail.test/x?jeton=secret", template: "sign-in-link" };

describe("sendEmail", () => {
  it("keeps the message in the outbox without a transport", async () => {
    const result = await sendEmail(database.db, message, { from: "x", transport: null });
    const [row] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.id, result.id));
    expect(row).toMatchObject({ status: "stored", text: message.text, template: "sign-in-link" });
  });

  it("records what the provider accepted and masks one-time links it delivered", async () => {
    const delivered: string[] = [];
    const transport: EmailTransport = {
      name: "fake",
      deliver: async (_from, m) => {
        delivered.push(m.text);
        return { status: "sent", providerId: "re_123" };
      },
    };
    const result = await sendEmail(database.db, { ...message, sensitive: true }, { from: "x", transport });
    const [row] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.id, result.id));
    expect(delivered).toEqual([message.text]);
    expect(row).toMatchObject({ status: "sent", providerId: "re_123" });
    expect(row?.text).not.toContain("jeton=secret");
  });

  it("keeps a failed delivery with its error and its text, so it can be resent by hand", async () => {
    const transport: EmailTransport = { name: "fake", deliver: async () => ({ status: "failed", error: "validation_error: bad from" }) };
    const result = await sendEmail(database.db, { ...message, sensitive: true }, { from: "x", transport });
    const [row] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.id, result.id));
    expect(row).toMatchObject({ status: "failed", error: "validation_error: bad from", text: message.text });
  });

  it("hands the Reply-To address to the provider and keeps it in the outbox", async () => {
    const replies: (string | undefined)[] = [];
    const transport: EmailTransport = {
      name: "fake",
      deliver: async (_from, m) => {
        replies.push(m.replyTo);
        return { status: "sent", providerId: "re_456" };
      },
    };
    const contact = { ...message, template: "contact", replyTo: "visiteur@exemple.fr" };
    for (const options of [{ from: "x", transport }, { from: "x", transport: null }]) {
      const result = await sendEmail(database.db, contact, options);
      const [row] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.id, result.id));
      expect(row?.replyTo).toBe("visiteur@exemple.fr");
    }
    expect(replies).toEqual(["visiteur@exemple.fr"]);
  });
});
