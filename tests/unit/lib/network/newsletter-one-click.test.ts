import { eq, inArray } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createNewsletter } from "@/db/queries/network-newsletters";
import { networkMembers, outboxEmails } from "@/db/schema";
import { type NewsletterMailContext, sendNewsletter, setNewsletterOptOut } from "@/lib/network/newsletters";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/network/unsubscribe-token";
import { proxy } from "@/proxy";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { type NewsletterFixture, seedNewsletterMembers } from "./newsletter-fixtures";

const SECRET = "secret-de-test-des-lettres-0123456789abcdef";
const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => null }));
vi.mock("@/lib/auth/secret", () => ({ getAuthSecret: () => "secret-de-test-des-lettres-0123456789abcdef" }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { POST, GET } = await import("@/app/(network)/reseau/desinscription/un-clic/route");

const ctx: NewsletterMailContext = {
  siteUrl: "https://portail.test",
  siteName: "Passerelle",
  mail: { from: "Passerelle <ne-pas-repondre@portail.test>", transport: null },
  secret: SECRET,
};

const ONE_CLICK = "https://portail.test/reseau/desinscription/un-clic";

const oneClickUrl = (token: string, lang = "fr") => `${ONE_CLICK}?${new URLSearchParams({ jeton: token, lang })}`;

/** What a mailbox provider sends (RFC 8058): no cookie, no Origin of the site, the form field in the body. */
function oneClickPost(url: string, body: BodyInit = new URLSearchParams({ "List-Unsubscribe": "One-Click" })) {
  return new Request(url, { method: "POST", body });
}

describe(`newsletter list headers and one-click unsubscribe (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;
  let f: NewsletterFixture;

  const optedOut = async (userId: string) =>
    (await database.db.select({ v: networkMembers.newsletterOptOut }).from(networkMembers).where(eq(networkMembers.userId, userId)))[0]?.v;

  beforeAll(async () => {
    database = await createTestDatabase();
    state.db = database.db;
    f = await seedNewsletterMembers(database.db);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  beforeEach(async () => {
    for (const user of Object.values(f.recipients)) await setNewsletterOptOut(database.db, user.id, false);
  });

  it("gives every newsletter e-mail List-Unsubscribe, List-Unsubscribe-Post and List-Id, whose address unsubscribes its recipient", async () => {
    const id = await createNewsletter(database.db, {
      content: { subjectFr: "Lettre à en-têtes", subjectEn: "Letter with headers", bodyFr: "<p>Bonjour</p>", bodyEn: "<p>Hello</p>", segment: { kinds: ["alumni", "organisation_member"] } },
      createdBy: f.admins.editor.id,
    });
    expect(await sendNewsletter(database.db, { newsletterId: id, actor: { id: f.admins.editor.id }, ctx })).toMatchObject({ ok: true, recipients: 4 });
    const emails = await database.db.select().from(outboxEmails).where(inArray(outboxEmails.subject, ["Lettre à en-têtes", "Letter with headers"]));
    expect(emails).toHaveLength(4);

    for (const email of emails) {
      const recipient = Object.values(f.recipients).find((u) => u.email === email.to)!;
      expect(email.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "List-Id": "<lettre.reseau.portail.test>" });
      const match = email.headers?.["List-Unsubscribe"]?.match(/^<(https:\/\/portail\.test\/[^>]+)>$/);
      expect(match, email.to).toBeTruthy();
      const link = new URL(match![1]!);
      expect(link.pathname).toBe("/reseau/desinscription/un-clic");
      expect(verifyUnsubscribeToken(SECRET, link.searchParams.get("jeton"))).toBe(recipient.id);

      const response = await POST(oneClickPost(link.toString()));
      expect(response.status).toBe(200);
      expect(await optedOut(recipient.id)).toBe(true);
    }
  });

  it("unsubscribes on a one-click POST, form-encoded or multipart, and answers 200 without redirect", async () => {
    const user = f.recipients.a1;
    const response = await POST(oneClickPost(oneClickUrl(signUnsubscribeToken(SECRET, user.id), "en")));
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.text()).toBe("Done: you will no longer receive the network's newsletters.");
    expect(await optedOut(user.id)).toBe(true);

    const other = f.recipients.o1;
    const multipart = new FormData();
    multipart.set("List-Unsubscribe", "One-Click");
    expect((await POST(oneClickPost(oneClickUrl(signUnsubscribeToken(SECRET, other.id)), multipart))).status).toBe(200);
    expect(await optedOut(other.id)).toBe(true);
    // Only the member named by each token.
    expect(await optedOut(f.recipients.a2.id)).toBe(false);
  });

  it("refuses a forged, altered or foreign token with 400 and changes nothing", async () => {
    const user = f.recipients.a2;
    const token = signUnsubscribeToken(SECRET, user.id);
    const refused = [
      `${user.id}.${"A".repeat(43)}`,
      `${token.slice(0, -2)}xx`,
      // Signed by another installation, or before the secret was changed.
      signUnsubscribeToken("un-autre-secret-de-meme-longueur-0123456789", user.id),
      user.id,
      "",
    ];
    for (const jeton of refused) {
      const response = await POST(oneClickPost(oneClickUrl(jeton)));
      expect(response.status, jeton).toBe(400);
      expect(response.headers.get("location")).toBeNull();
    }
    const noToken = await POST(oneClickPost(ONE_CLICK));
    expect(noToken.status).toBe(400);
    expect(await optedOut(user.id)).toBe(false);
  });

  it("refuses a POST that is not a one-click request (400), even with a valid token", async () => {
    const user = f.recipients.o2;
    const url = oneClickUrl(signUnsubscribeToken(SECRET, user.id));
    for (const body of [new URLSearchParams({ "List-Unsubscribe": "Other" }), new URLSearchParams(), "List-Unsubscribe=One-Click"]) {
      const request = typeof body === "string" ? new Request(url, { method: "POST", body, headers: { "content-type": "application/json" } }) : oneClickPost(url, body);
      expect((await POST(request)).status).toBe(400);
    }
    expect(await optedOut(user.id)).toBe(false);
  });

  it("never unsubscribes on GET: it leads to the confirmation page", async () => {
    const user = f.recipients.o2;
    const token = signUnsubscribeToken(SECRET, user.id);
    const response = GET(new Request(oneClickUrl(token, "en")));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/reseau/desinscription?${new URLSearchParams({ jeton: token, lang: "en" })}`);
    expect(await optedOut(user.id)).toBe(false);
  });

  it("is not sent to the sign-in page by the proxy (no session cookie on a provider's request)", () => {
    for (const url of [oneClickUrl("x.y"), oneClickUrl("x.y", "en")]) {
      const response = proxy(new NextRequest(url, { method: "POST", body: "List-Unsubscribe=One-Click" }));
      expect(response.headers.get("location")).toBeNull();
      expect(response.status).toBe(200);
    }
  });
});
