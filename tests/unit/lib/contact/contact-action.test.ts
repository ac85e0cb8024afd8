import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, outboxEmails } from "@/db/schema";
import { INVALID_FORM } from "@/lib/actions/result";
import { CAPTCHA_MESSAGES } from "@/lib/captcha/messages";
import { CAPTCHA_TTL_MS } from "@/lib/captcha/challenge";
import { CONTACT_SENT, sendContactMessage } from "@/lib/contact/send-message";
import { type ContactContext, contactRecipient } from "@/lib/contact/context";
import { contactSchema, type ContactInput } from "@/lib/validations/contact";
import { decodePayload, encodePayload, freshPayload } from "../../../helpers/captcha";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";

// The action as the browser calls it: only the request (its address), the database handle and the
// session are stood in for; the configuration comes from the environment as in production.
const request = vi.hoisted(() => {
  process.env.AUTH_SECRET = "contact-test-secret-0123456789-abcdefghij";
  process.env.CONTACT_EMAIL = "equipe@portail.example";
  process.env.SITE_URL = "https://portail.example";
  return { ip: "198.51.100.1", db: null as unknown };
});
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": request.ip }) }));
vi.mock("@/db", () => ({ getDb: () => request.db }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => null }));

const { sendContactMessageAction } = await import("@/app/(public)/contact/actions");
const { GET: captchaRoute } = await import("@/app/api/captcha/route");
const SECRET = process.env.AUTH_SECRET!;

let ipCounter = 10;
/** Each test writes from its own network address, so the per-address limit of one does not leak into another. */
const newIp = () => `198.51.100.${ipCounter++}`;

async function message(overrides: Partial<ContactInput> = {}): Promise<ContactInput> {
  return {
    name: "Camille Martin",
    email: `camille.${ipCounter}@exemple.fr`,
    subject: "formation",
    message: "Bonjour, je voudrais savoir si la formation de soudeur ouvre en septembre.",
    depuis: "",
    captcha: await freshPayload(SECRET),
    ...overrides,
  };
}

describe(`contact form action on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    request.db = t.db;
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const outboxFor = (email: string) => t.db.select().from(outboxEmails).where(eq(outboxEmails.replyTo, email));

  it("delivers a valid message to the outbox, addressed to the team, Reply-To the visitor, escaped", async () => {
    request.ip = newIp();
    const input = await message({
      email: "Visiteur.Test@Exemple.fr",
      message: 'Bonjour <script>alert("x")</script> & merci,\nune question sur la page ci-dessus.',
      subject: "site",
      depuis: "/formations/123?onglet=sessions",
    });
    expect(await sendContactMessageAction(input)).toEqual({ ok: true, data: undefined, message: CONTACT_SENT });

    const [mail] = await outboxFor("visiteur.test@exemple.fr");
    expect(mail).toMatchObject({ to: "equipe@portail.example", template: "contact", status: "stored" });
    expect(mail!.subject).toContain("Le site (problème technique, accessibilité)");
    expect(mail!.text).toContain('<script>alert("x")</script> & merci,\nune question');
    expect(mail!.text).toContain("https://portail.example/formations/123?onglet=sessions");
    expect(mail!.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; merci");
    expect(mail!.html).not.toContain("<script>");

    // The audit log says a message was sent and its category, never what it said.
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "contact.sent"), eq(auditLog.ip, request.ip)));
    expect(entry!.details).toEqual({ subject: "site" });
    expect(JSON.stringify(entry)).not.toContain("script");
  });

  it("refuses a message without a captcha solution", async () => {
    request.ip = newIp();
    const input = await message({ captcha: "" });
    const result = await sendContactMessageAction(input);
    expect(result).toMatchObject({ ok: false, error: INVALID_FORM, fieldErrors: { captcha: [CAPTCHA_MESSAGES.missing] } });
    expect(await outboxFor(input.email)).toHaveLength(0);
  });

  it("refuses a forged or altered solution", async () => {
    request.ip = newIp();
    const altered = decodePayload(await freshPayload(SECRET));
    altered.challenge.parameters.cost = 1;
    const foreign = await freshPayload("another-installation-secret-0123456789");
    for (const captcha of [encodePayload(altered), foreign, "Zm9yZ2Vk"]) {
      const input = await message({ captcha });
      expect(await sendContactMessageAction(input)).toEqual({ ok: false, error: CAPTCHA_MESSAGES.invalid });
      expect(await outboxFor(input.email)).toHaveLength(0);
    }
  });

  it("refuses an expired solution", async () => {
    request.ip = newIp();
    const input = await message({ captcha: await freshPayload(SECRET, { now: new Date(Date.now() - CAPTCHA_TTL_MS - 5_000) }) });
    expect(await sendContactMessageAction(input)).toEqual({ ok: false, error: CAPTCHA_MESSAGES.expired });
    expect(await outboxFor(input.email)).toHaveLength(0);
  });

  it("refuses a replayed solution", async () => {
    request.ip = newIp();
    const first = await message();
    expect((await sendContactMessageAction(first)).ok).toBe(true);
    const replay = { ...first, email: "autre.personne@exemple.fr" };
    expect(await sendContactMessageAction(replay)).toEqual({ ok: false, error: CAPTCHA_MESSAGES.replayed });
    expect(await outboxFor(replay.email)).toHaveLength(0);
  });

  it("limits one network address to 3 messages in 10 minutes, saying in French when to retry", async () => {
    request.ip = newIp();
    for (let i = 0; i < 3; i++) expect((await sendContactMessageAction(await message({ email: `ip.${i}.${request.ip}@exemple.fr` }))).ok).toBe(true);
    const fourth = await message({ email: `ip.4.${request.ip}@exemple.fr` });
    const result = await sendContactMessageAction(fourth);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Vous avez envoyé plusieurs messages en peu de temps\. .* dans 10 minutes, à partir de \d{1,2} h \d{2}\./);
    expect(await outboxFor(fourth.email)).toHaveLength(0);
    // Another address is not affected.
    request.ip = newIp();
    expect((await sendContactMessageAction(await message({ email: `ip.5.${request.ip}@exemple.fr` }))).ok).toBe(true);
  });

  it("limits one network address to 10 messages a day", async () => {
    const ctx = testContext();
    const ip = newIp();
    const day = new Date("2099-03-02T08:00:00Z");
    const at = (minutes: number) => new Date(day.getTime() + minutes * 60_000);
    for (let i = 0; i < 10; i++) {
      const input = contactSchema.parse(await message({ email: `jour.${i}.${ip}@exemple.fr`, captcha: await freshPayload(SECRET, { now: at(i * 20) }) }));
      expect((await sendContactMessage(t.db, ctx, input, { ip, now: at(i * 20) })).ok).toBe(true);
    }
    const late = contactSchema.parse(await message({ email: `jour.10.${ip}@exemple.fr`, captcha: await freshPayload(SECRET, { now: at(600) }) }));
    const refused = await sendContactMessage(t.db, ctx, late, { ip, now: at(600) });
    // Free again when the first message of the day is 24 hours old: 14 hours later, at 9 h 00 (Paris).
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("dans 14 heures, à partir de 9 h 00") });
    expect(await outboxFor(late.email)).toHaveLength(0);
  });

  it("limits one e-mail address to 5 messages a day, whatever the network address", async () => {
    const email = "pressee@exemple.fr";
    for (let i = 0; i < 5; i++) {
      request.ip = newIp();
      expect((await sendContactMessageAction(await message({ email }))).ok).toBe(true);
    }
    request.ip = newIp();
    const result = await sendContactMessageAction(await message({ email: "Pressee@Exemple.fr" }));
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("dans 24 heures") });
    expect(await outboxFor(email)).toHaveLength(5);
  });

  it("answers invalid fields in French, field by field", async () => {
    request.ip = newIp();
    const result = await sendContactMessageAction(await message({ name: "", email: "pas-une-adresse", subject: "" as never, message: "Trop court" }));
    expect(result).toMatchObject({
      ok: false,
      error: INVALID_FORM,
      fieldErrors: {
        name: ["Saisissez votre nom (2 caractères au moins)."],
        email: ["Saisissez une adresse électronique valide, par exemple nom@exemple.fr."],
        subject: ["Choisissez le sujet de votre message."],
        message: ["Votre message est trop court : 20 caractères au moins."],
      },
    });
    const long = await sendContactMessageAction(await message({ message: "a".repeat(5001) }));
    expect(long).toMatchObject({ fieldErrors: { message: ["Votre message est trop long : 5 000 caractères au plus."] } });
  });

  it.each(["https://evil.example/formations", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "formations/123", "/a\nb"])(
    "refuses %j as page of origin",
    async (depuis) => {
      request.ip = newIp();
      const input = await message({ depuis });
      expect(await sendContactMessageAction(input)).toMatchObject({
        ok: false,
        fieldErrors: { depuis: ["La page d'origine doit être une page de ce site."] },
      });
      expect(await outboxFor(input.email)).toHaveLength(0);
    },
  );
});

describe("captcha challenge route and recipient", () => {
  it("serves a fresh, uncached challenge each time", async () => {
    const [a, b] = [await captchaRoute(), await captchaRoute()];
    expect(a.headers.get("cache-control")).toBe("no-store");
    const [ca, cb] = [await a.json(), await b.json()];
    expect(ca.parameters.nonce).not.toBe(cb.parameters.nonce);
    expect(ca.signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it("sends to CONTACT_EMAIL, else ADMIN_EMAIL, else contact@ the public domain", () => {
    expect(contactRecipient({ CONTACT_EMAIL: "c@x.fr", ADMIN_EMAIL: "a@x.fr", SITE_URL: "https://www.portail.fr" })).toBe("c@x.fr");
    expect(contactRecipient({ CONTACT_EMAIL: undefined, ADMIN_EMAIL: "a@x.fr", SITE_URL: "https://www.portail.fr" })).toBe("a@x.fr");
    expect(contactRecipient({ CONTACT_EMAIL: undefined, ADMIN_EMAIL: undefined, SITE_URL: "https://www.portail.fr" })).toBe("contact@portail.fr");
    expect(contactRecipient({ CONTACT_EMAIL: undefined, ADMIN_EMAIL: undefined, SITE_URL: "http://127.0.0.1:3100" })).toBe("contact@passerelle.localhost");
    expect(contactRecipient({ CONTACT_EMAIL: undefined, ADMIN_EMAIL: undefined, SITE_URL: "http://localhost:3000" })).toBe("contact@passerelle.localhost");
  });
});

function testContext(): ContactContext {
  return { siteUrl: "https://portail.example", siteName: "Passerelle", recipient: "equipe@portail.example", secret: SECRET, mail: { from: "x <x@portail.example>", transport: null } };
}
