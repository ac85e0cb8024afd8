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

  describe("headers", () => {
    const listHeaders = {
      "List-Unsubscribe": "<https://portail.test/reseau/desinscription/un-clic?jeton=abc.def>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": "<lettre.reseau.portail.test>",
    };

    it("hands list headers to the provider and keeps them in the outbox, also without a provider", async () => {
      const given: (Record<string, string> | undefined)[] = [];
      const transport: EmailTransport = {
        name: "fake",
        deliver: async (_from, m) => {
          given.push(m.headers);
          return { status: "sent", providerId: "re_789" };
        },
      };
      // Names are matched without regard to case and sent in their usual spelling.
      const headers = {
        "list-unsubscribe": listHeaders["List-Unsubscribe"],
        "LIST-UNSUBSCRIBE-POST": listHeaders["List-Unsubscribe-Post"],
        "List-Id": listHeaders["List-Id"],
      };
      for (const options of [{ from: "x", transport }, { from: "x", transport: null }]) {
        const result = await sendEmail(database.db, { ...message, template: "network-newsletter", headers }, options);
        const [row] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.id, result.id));
        expect(row?.headers).toEqual(listHeaders);
      }
      expect(given).toEqual([listHeaders]);
    });

    it("stores no headers for a message that has none", async () => {
      const result = await sendEmail(database.db, { ...message, headers: {} }, { from: "x", transport: null });
      const [row] = await database.db.select().from(outboxEmails).where(eq(outboxEmails.id, result.id));
      expect(row?.headers).toBeNull();
    });

    it.each([
      ["a line break in a value", { "List-Id": "<a.b>\r\nBcc: victime@exemple.fr" }],
      ["a bare line feed in a value", { "List-Unsubscribe": "<https://portail.test/x>\nX-Autre: 1" }],
      ["a control character in a value", { "List-Id": "<a.b>\u0000" }],
      ["a non-ASCII value", { "List-Id": "Réseau <a.b>" }],
      ["an empty value", { "List-Id": "" }],
      ["a header outside the allow-list", { Bcc: "victime@exemple.fr" }],
      ["a name carrying a line break", { "List-Id\r\nBcc": "victime@exemple.fr" }],
      ["the same header twice", { "List-Id": "<a.b>", "list-id": "<c.d>" }],
      ["a value too long for a line", { "List-Unsubscribe": `<https://portail.test/${"x".repeat(1000)}>` }],
    ])("refuses %s: nothing is sent nor stored", async (_case, headers) => {
      let delivered = 0;
      const transport: EmailTransport = {
        name: "fake",
        deliver: async () => {
          delivered += 1;
          return { status: "sent", providerId: "re_0" };
        },
      };
      const to = `refus-${Math.random().toString(36).slice(2)}@exemple.fr`;
      for (const options of [{ from: "x", transport }, { from: "x", transport: null }]) {
        await expect(sendEmail(database.db, { ...message, to, headers }, options)).rejects.toThrow(/header/i);
      }
      expect(delivered).toBe(0);
      expect(await database.db.select().from(outboxEmails).where(eq(outboxEmails.to, to))).toEqual([]);
    });
  });
});
