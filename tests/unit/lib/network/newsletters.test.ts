import { and, asc, count, eq, inArray } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { countSegmentRecipients, createNewsletter, listSegmentRecipients } from "@/db/queries/network-newsletters";
import { auditLog, newsletterDeliveries, type NewsletterSegment, newsletters, networkMembers, outboxEmails } from "@/db/schema";
import { emailBodyHtml, htmlToText } from "@/lib/network/newsletter-email";
import { type NewsletterMailContext, sendNewsletter, setNewsletterOptOut } from "@/lib/network/newsletters";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/network/unsubscribe-token";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { type NewsletterFixture, seedNewsletterMembers } from "./newsletter-fixtures";

const SECRET = "secret-de-test-des-lettres-0123456789abcdef";
const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => null }));
vi.mock("@/lib/auth/secret", () => ({ getAuthSecret: () => "secret-de-test-des-lettres-0123456789abcdef" }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { POST: unsubscribePost, GET: unsubscribeGet } = await import("@/app/(network)/reseau/desinscription/confirmer/route");
const { default: UnsubscribePage } = await import("@/app/(network)/reseau/desinscription/page");

const ctx: NewsletterMailContext = {
  siteUrl: "http://portail.test",
  siteName: "Passerelle",
  mail: { from: "Passerelle <ne-pas-repondre@portail.test>", transport: null },
  secret: SECRET,
};

const CONTENT = {
  subjectFr: "Nouvelles du réseau",
  subjectEn: "Network news",
  bodyFr: '<p>Bonjour à tous, voir <a href="/reseau/actualites">les actualités</a>.</p><script>alert(1)</script>',
  bodyEn: '<p>Hello everyone, see <a href="/reseau/actualites">the news</a>.</p>',
};

const BOTH: NewsletterSegment = { kinds: ["alumni", "organisation_member"] };

function unsubscribeUrlOf(text: string): URL {
  const match = text.match(/http:\/\/portail\.test\/reseau\/desinscription\?\S+/);
  if (!match) throw new Error(`No unsubscribe link in: ${text}`);
  return new URL(match[0]);
}

function postForm(fields: Record<string, string>, query = "") {
  return new Request(`http://portail.test/reseau/desinscription/confirmer${query}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

describe(`network newsletters (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;
  let f: NewsletterFixture;

  const optedOut = async (userId: string) =>
    (await database.db.select({ v: networkMembers.newsletterOptOut }).from(networkMembers).where(eq(networkMembers.userId, userId)))[0]?.v;
  const outboxFor = (newsletterSubjects: string[]) =>
    database.db.select().from(outboxEmails).where(inArray(outboxEmails.subject, newsletterSubjects)).orderBy(asc(outboxEmails.to));
  const draft = (segment: NewsletterSegment, content: Partial<typeof CONTENT> = {}) =>
    createNewsletter(database.db, { content: { ...CONTENT, segment, ...content }, createdBy: f.admins.editor.id });
  const actor = () => ({ id: f.admins.editor.id, label: f.admins.editor.email });

  beforeAll(async () => {
    database = await createTestDatabase();
    state.db = database.db;
    f = await seedNewsletterMembers(database.db);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  describe("segment selection: approved, subscribed members with an active account only", () => {
    const cases: [string, (fx: NewsletterFixture) => NewsletterSegment, (fx: NewsletterFixture) => string[]][] = [
      ["alumni", () => ({ kinds: ["alumni"] }), (x) => [x.recipients.a1.id, x.recipients.a2.id]],
      ["organisation members", () => ({ kinds: ["organisation_member"] }), (x) => [x.recipients.o1.id, x.recipients.o2.id]],
      ["both kinds", () => BOTH, (x) => Object.values(x.recipients).map((u) => u.id)],
      ["country of origin", () => ({ kinds: ["alumni"], countriesOfOrigin: ["MA"] }), (x) => [x.recipients.a1.id]],
      ["country of activity", () => ({ kinds: ["alumni"], countriesOfActivity: ["SN"] }), (x) => [x.recipients.a2.id]],
      ["school, without case or spaces", () => ({ kinds: ["alumni"], schools: [" enac "] }), (x) => [x.recipients.a1.id]],
      ["year", () => ({ kinds: ["alumni"], years: [2021] }), (x) => [x.recipients.a2.id]],
      ["organisation", (x) => ({ kinds: ["organisation_member"], organisationIds: [x.orgA.id] }), (x) => [x.recipients.o1.id]],
      [
        "alumni criteria and organisations together",
        (x) => ({ kinds: ["alumni", "organisation_member"], countriesOfOrigin: ["SN"], organisationIds: [x.orgB.id] }),
        (x) => [x.recipients.a2.id, x.recipients.o2.id],
      ],
      ["criteria that match nobody", () => ({ kinds: ["alumni"], countriesOfOrigin: ["MA"], years: [2021] }), () => []],
      ["no kind", () => ({ kinds: [] }), () => []],
    ];

    it.each(cases)("by %s", async (_name, segmentOf, expectedOf) => {
      const segment = segmentOf(f);
      const found = (await listSegmentRecipients(database.db, segment)).map((r) => r.userId).sort();
      expect(found).toEqual([...expectedOf(f)].sort());
      expect(await countSegmentRecipients(database.db, segment)).toBe(found.length);
    });

    it("never reaches pending, refused, opted-out, deactivated members nor administrators", async () => {
      const found = new Set((await listSegmentRecipients(database.db, BOTH)).map((r) => r.userId));
      for (const user of [...Object.values(f.excluded), ...Object.values(f.admins), f.others.pendingWithRole]) {
        expect(found.has(user.id), user.email).toBe(false);
      }
    });
  });

  describe("sending", () => {
    it("writes one outbox e-mail per recipient, in their language, with plain text, HTML and a working unsubscribe link", async () => {
      const id = await draft(BOTH, { subjectFr: "Lettre n°1", subjectEn: "Letter #1" });
      const result = await sendNewsletter(database.db, { newsletterId: id, actor: actor(), ctx });
      expect(result).toEqual({ ok: true, recipients: 4, deliveredNow: 4 });

      const emails = await outboxFor(["Lettre n°1", "Letter #1"]);
      expect(emails.map((e) => [e.to, e.subject])).toEqual([
        ["a1@exemple.test", "Lettre n°1"],
        ["a2@exemple.test", "Letter #1"],
        ["o1@exemple.test", "Letter #1"],
        ["o2@exemple.test", "Lettre n°1"],
      ]);
      const byAddress = new Map(emails.map((e) => [e.to, e]));
      const french = byAddress.get("a1@exemple.test")!;
      expect(french.template).toBe("network-newsletter");
      expect(french.text).toContain("Bonjour à tous, voir les actualités (http://portail.test/reseau/actualites).");
      expect(french.text).not.toMatch(/<[a-z]/i);
      expect(french.html).toContain('<html lang="fr">');
      expect(french.html).toContain('href="http://portail.test/reseau/actualites"');
      expect(french.html).not.toContain("<script");
      const english = byAddress.get("a2@exemple.test")!;
      expect(english.text).toContain("Hello everyone");
      expect(english.html).toContain('<html lang="en">');
      expect(english.text).toContain("To stop receiving these newsletters:");

      for (const email of emails) {
        const link = unsubscribeUrlOf(email.text);
        expect(email.html).toContain(link.toString().replace(/&/g, "&amp;"));
        const userId = verifyUnsubscribeToken(SECRET, link.searchParams.get("jeton"));
        const recipient = Object.values(f.recipients).find((u) => u.email === email.to)!;
        expect(userId).toBe(recipient.id);
      }

      const deliveries = await database.db.select().from(newsletterDeliveries).where(eq(newsletterDeliveries.newsletterId, id));
      expect(deliveries).toHaveLength(4);
      expect(deliveries.every((d) => d.outboxEmailId !== null)).toBe(true);
      const [row] = await database.db.select().from(newsletters).where(eq(newsletters.id, id));
      expect(row).toMatchObject({ status: "sent", recipientCount: 4 });
      expect(row!.sentAt).toBeInstanceOf(Date);
      const audits = await database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "network.newsletter_sent"), eq(auditLog.targetId, String(id))));
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ actorId: f.admins.editor.id, details: { recipients: 4 } });
    });

    it("sends French to English readers when the newsletter has no English version", async () => {
      const id = await draft({ kinds: ["alumni"], countriesOfOrigin: ["SN"] }, { subjectFr: "Sans traduction", subjectEn: "", bodyEn: "" });
      expect(await sendNewsletter(database.db, { newsletterId: id, actor: actor(), ctx })).toMatchObject({ ok: true, recipients: 1 });
      const [email] = await outboxFor(["Sans traduction"]);
      expect(email).toMatchObject({ to: "a2@exemple.test" });
      expect(email!.html).toContain('<html lang="fr">');
      expect(email!.text).toContain("Pour ne plus recevoir ces lettres :");
      // The link opens the confirmation page in the reader's own language all the same.
      expect(unsubscribeUrlOf(email!.text).searchParams.get("lang")).toBe("en");
    });

    it("refuses to send a newsletter twice", async () => {
      const id = await draft({ kinds: ["organisation_member"] }, { subjectFr: "Une seule fois", subjectEn: "Only once" });
      expect((await sendNewsletter(database.db, { newsletterId: id, actor: actor(), ctx })).ok).toBe(true);
      expect(await sendNewsletter(database.db, { newsletterId: id, actor: actor(), ctx })).toEqual({ ok: false, reason: "already_sent" });
      expect(await outboxFor(["Une seule fois", "Only once"])).toHaveLength(2);
    });

    it("skips members already served when an interrupted sending is retried", async () => {
      const id = await draft(BOTH, { subjectFr: "Reprise", subjectEn: "Resume" });
      // The first attempt reached a1 before stopping.
      await database.db.insert(newsletterDeliveries).values({ newsletterId: id, userId: f.recipients.a1.id });
      expect(await sendNewsletter(database.db, { newsletterId: id, actor: actor(), ctx })).toEqual({ ok: true, recipients: 4, deliveredNow: 3 });
      const emails = await outboxFor(["Reprise", "Resume"]);
      expect(emails.map((e) => e.to)).toEqual(["a2@exemple.test", "o1@exemple.test", "o2@exemple.test"]);
    });

    it("serves each member once when two sendings race", async () => {
      const id = await draft(BOTH, { subjectFr: "Course", subjectEn: "Race" });
      const results = await Promise.all([1, 2].map(() => sendNewsletter(database.db, { newsletterId: id, actor: actor(), ctx })));
      expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
      const emails = await outboxFor(["Course", "Race"]);
      expect(emails.map((e) => e.to)).toEqual(["a1@exemple.test", "a2@exemple.test", "o1@exemple.test", "o2@exemple.test"]);
      const [row] = await database.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, "network.newsletter_sent"), eq(auditLog.targetId, String(id))));
      expect(row!.n).toBe(1);
    });

    it("does not send a segment that reaches nobody", async () => {
      const id = await draft({ kinds: ["alumni"], countriesOfOrigin: ["JP"] });
      expect(await sendNewsletter(database.db, { newsletterId: id, actor: actor(), ctx })).toEqual({ ok: false, reason: "no_recipients" });
      const [row] = await database.db.select().from(newsletters).where(eq(newsletters.id, id));
      expect(row!.status).toBe("draft");
    });
  });

  describe("e-mail body", () => {
    it("makes links absolute, turns videos into links and gives a readable plain text", () => {
      const html = emailBodyHtml(
        '<h2>Agenda &amp; nouvelles</h2><ul><li>Un</li><li>Deux &lt;3</li></ul><p><img src="/medias/a.jpg" alt="Photo"></p>' +
          '<div data-youtube-video=""><iframe src="https://www.youtube-nocookie.com/embed/abc" title="Vidéo"></iframe></div>',
        "http://portail.test/",
        "Voir la vidéo",
      );
      expect(html).toContain('src="http://portail.test/medias/a.jpg"');
      expect(html).not.toContain("<iframe");
      expect(html).toContain('<a href="https://www.youtube-nocookie.com/embed/abc">Voir la vidéo</a>');
      expect(htmlToText(html)).toBe(
        "Agenda & nouvelles\n\n- Un\n- Deux <3\n\n[Photo]\n\nVoir la vidéo (https://www.youtube-nocookie.com/embed/abc)",
      );
    });
  });

  describe("unsubscribe tokens", () => {
    it("accepts its own token and refuses forged or altered ones", () => {
      const userId = f.recipients.a1.id;
      const token = signUnsubscribeToken(SECRET, userId);
      expect(verifyUnsubscribeToken(SECRET, token)).toBe(userId);
      const signature = token.slice(token.lastIndexOf(".") + 1);
      const flipped = signature.startsWith("A") ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
      const refused = [
        // Another member's id with a1's signature.
        `${f.recipients.a2.id}.${signature}`,
        `${userId}.${flipped}`,
        `${userId}.${"A".repeat(43)}`,
        signUnsubscribeToken("un-autre-secret-de-meme-longueur-0123456789", userId),
        token.slice(0, -1),
        `${token}A`,
        userId,
        "",
        null,
        42,
      ];
      for (const candidate of refused) expect(verifyUnsubscribeToken(SECRET, candidate), String(candidate)).toBeNull();
    });
  });

  describe("unsubscribing", () => {
    it("does nothing when the link is merely opened (GET), and shows a confirmation button", async () => {
      const user = f.recipients.o2;
      const token = signUnsubscribeToken(SECRET, user.id);
      const response = unsubscribeGet();
      expect(response.status).toBe(405);
      const html = renderToStaticMarkup(await UnsubscribePage({ searchParams: Promise.resolve({ jeton: token, lang: "fr" }) }));
      expect(html).toContain('method="post"');
      expect(html).toContain('action="/reseau/desinscription/confirmer"');
      expect(html).toContain("Confirmer la désinscription");
      expect(await optedOut(user.id)).toBe(false);
    });

    it("shows no button for a forged token", async () => {
      const forged = `${f.recipients.o2.id}.${"A".repeat(43)}`;
      const html = renderToStaticMarkup(await UnsubscribePage({ searchParams: Promise.resolve({ jeton: forged, lang: "en" }) }));
      expect(html).not.toContain("<form");
      expect(html).toContain("This unsubscribe link is not valid");
    });

    it("unsubscribes on POST with a valid token, and later newsletters skip the member", async () => {
      const user = f.recipients.o2;
      const response = await unsubscribePost(postForm({ jeton: signUnsubscribeToken(SECRET, user.id), lang: "en" }));
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/reseau/desinscription?etat=fait&lang=en");
      expect(await optedOut(user.id)).toBe(true);
      expect((await listSegmentRecipients(database.db, BOTH)).map((r) => r.userId)).not.toContain(user.id);
      await setNewsletterOptOut(database.db, user.id, false);
    });

    it("accepts a one-click POST with the token in the address (RFC 8058)", async () => {
      const user = f.recipients.o1;
      const query = `?${new URLSearchParams({ jeton: signUnsubscribeToken(SECRET, user.id), lang: "en" })}`;
      const response = await unsubscribePost(postForm({ "List-Unsubscribe": "One-Click" }, query));
      expect(response.status).toBe(303);
      expect(await optedOut(user.id)).toBe(true);
      await setNewsletterOptOut(database.db, user.id, false);
    });

    it("refuses a forged or altered token on POST", async () => {
      const user = f.recipients.a2;
      const token = signUnsubscribeToken(SECRET, user.id);
      for (const jeton of [`${f.recipients.a1.id}${token.slice(token.indexOf("."))}`, `${token.slice(0, -2)}xx`, "n-importe-quoi"]) {
        const response = await unsubscribePost(postForm({ jeton }));
        expect(response.status).toBe(303);
        expect(response.headers.get("location")).toBe("/reseau/desinscription?etat=invalide&lang=fr");
      }
      expect(await optedOut(user.id)).toBe(false);
      expect(await optedOut(f.recipients.a1.id)).toBe(false);
    });

    it("setNewsletterOptOut changes the member's choice both ways, and tells when the user is no member", async () => {
      const user = f.recipients.a1;
      expect(await setNewsletterOptOut(database.db, user.id, true)).toBe(true);
      expect(await optedOut(user.id)).toBe(true);
      expect(await setNewsletterOptOut(database.db, user.id, false)).toBe(true);
      expect(await optedOut(user.id)).toBe(false);
      expect(await setNewsletterOptOut(database.db, f.others.visitor.id, true)).toBe(false);
    });
  });
});
