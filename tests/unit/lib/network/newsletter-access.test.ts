import { eq } from "drizzle-orm";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createNewsletter } from "@/db/queries/network-newsletters";
import { newsletters, outboxEmails } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/config";
import { NETWORK_ACTION_MESSAGES } from "@/lib/network/safe-action";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { type NewsletterFixture, seedNewsletterMembers } from "./newsletter-fixtures";

// Pages and actions read the session through getCurrentUser: each test says who asks. forbidden()
// and redirect() throw as they do in Next, with a recognisable message.
const state = vi.hoisted(() => ({ user: null as SessionUser | null, db: null as unknown }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/lib/auth/secret", () => ({ getAuthSecret: () => "secret-de-test-des-lettres-0123456789abcdef" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  forbidden: () => {
    throw new Error("FORBIDDEN_PAGE");
  },
  notFound: () => {
    throw new Error("NOT_FOUND_PAGE");
  },
  redirect: (to: string) => {
    throw new Error(`REDIRECT ${to}`);
  },
  useRouter: () => ({ push: () => undefined, refresh: () => undefined }),
}));

const actions = await import("@/app/(network)/reseau/admin/lettres/actions");
const pages = {
  list: (await import("@/app/(network)/reseau/admin/lettres/page")).default,
  create: (await import("@/app/(network)/reseau/admin/lettres/nouvelle/page")).default,
  preview: (await import("@/app/(network)/reseau/admin/lettres/[id]/page")).default,
  edit: (await import("@/app/(network)/reseau/admin/lettres/[id]/modifier/page")).default,
  send: (await import("@/app/(network)/reseau/admin/lettres/[id]/envoyer/page")).default,
};

type PageName = keyof typeof pages;
// Refusals are worded in the member's language (o1 reads in English); anonymous visitors get French.
const SIGNED_OUT = { ok: false, error: NETWORK_ACTION_MESSAGES.fr.signedOut };
const FORBIDDEN = { ok: false, error: expect.toBeOneOf([NETWORK_ACTION_MESSAGES.fr.forbidden, NETWORK_ACTION_MESSAGES.en.forbidden]) };

const READ_PAGES: PageName[] = ["list", "preview"];
const WRITE_PAGES: PageName[] = ["create", "edit", "send"];

const VALUES = {
  subjectFr: "Objet",
  subjectEn: "",
  bodyFr: "<p>Texte</p>",
  bodyEn: "",
  segment: { kinds: ["alumni"], countriesOfOrigin: [], countriesOfActivity: [], schools: [], years: [], organisationIds: [] },
};

describe(`network newsletter pages and actions refuse those without the right (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;
  let f: NewsletterFixture;
  let draftId: number;

  function open(name: PageName) {
    const params = Promise.resolve({ id: String(draftId) });
    const searchParams = Promise.resolve({});
    return (pages[name] as (props: { params: typeof params; searchParams: typeof searchParams }) => Promise<unknown>)({ params, searchParams });
  }

  const render = async (name: PageName) => renderToStaticMarkup((await open(name)) as ReactElement);

  const status = async () => (await database.db.select().from(newsletters).where(eq(newsletters.id, draftId)))[0]!;
  const outboxSize = async () => (await database.db.select().from(outboxEmails)).length;

  beforeAll(async () => {
    database = await createTestDatabase();
    state.db = database.db;
    f = await seedNewsletterMembers(database.db);
    draftId = await createNewsletter(database.db, {
      content: { subjectFr: "Brouillon", subjectEn: null, bodyFr: "<p>Texte</p>", bodyEn: null, segment: { kinds: ["alumni"] } },
      createdBy: f.admins.admin.id,
    });
  });

  afterAll(async () => {
    await database?.dispose();
  });

  beforeEach(() => {
    state.user = null;
  });

  it("sends anonymous visitors to the sign-in page, and refuses their actions", async () => {
    for (const name of [...READ_PAGES, ...WRITE_PAGES]) {
      await expect(open(name), name).rejects.toThrow(/^REDIRECT \/connexion\?retour=%2Freseau%2Fadmin%2Flettres/);
    }
    expect(await actions.saveNewsletterAction(VALUES)).toEqual(SIGNED_OUT);
    expect(await actions.sendNewsletterAction({ id: draftId })).toEqual(SIGNED_OUT);
    expect(await actions.countNewsletterRecipientsAction(VALUES.segment)).toEqual(SIGNED_OUT);
  });

  const refusedEverywhere: [string, (x: NewsletterFixture) => SessionUser][] = [
    ["registered visitor", (x) => x.others.visitor],
    ["pending applicant", (x) => x.excluded.pending],
    ["pending applicant with a leftover role", (x) => x.others.pendingWithRole],
    ["alumni", (x) => x.recipients.a1],
    ["organisation member", (x) => x.recipients.o1],
  ];

  it.each(refusedEverywhere)("refuses a %s on every page and action", async (_label, userOf) => {
    state.user = userOf(f);
    for (const name of [...READ_PAGES, ...WRITE_PAGES]) await expect(open(name), name).rejects.toThrow("FORBIDDEN_PAGE");
    const before = await outboxSize();
    expect(await actions.saveNewsletterAction({ ...VALUES, id: draftId })).toEqual(FORBIDDEN);
    expect(await actions.sendNewsletterAction({ id: draftId })).toEqual(FORBIDDEN);
    expect(await actions.countNewsletterRecipientsAction(VALUES.segment)).toEqual(FORBIDDEN);
    expect(await status()).toMatchObject({ status: "draft", subjectFr: "Brouillon" });
    expect(await outboxSize()).toBe(before);
  });

  it("lets a network reader see the list and the preview, but neither compose, edit nor send", async () => {
    state.user = f.admins.reader;
    for (const name of WRITE_PAGES) await expect(open(name), name).rejects.toThrow("FORBIDDEN_PAGE");
    // The pages open, without the links to what the reader may not do.
    const list = await render("list");
    expect(list).toContain("Brouillon");
    expect(list).not.toContain("/reseau/admin/lettres/nouvelle");
    const preview = await render("preview");
    expect(preview).toContain("lecture seule");
    expect(preview).not.toContain(`/reseau/admin/lettres/${draftId}/envoyer`);
    expect(preview).not.toContain(`/reseau/admin/lettres/${draftId}/modifier`);
    const before = await outboxSize();
    expect(await actions.saveNewsletterAction(VALUES)).toEqual(FORBIDDEN);
    expect(await actions.saveNewsletterAction({ ...VALUES, id: draftId })).toEqual(FORBIDDEN);
    expect(await actions.sendNewsletterAction({ id: draftId })).toEqual(FORBIDDEN);
    expect(await actions.countNewsletterRecipientsAction(VALUES.segment)).toEqual(FORBIDDEN);
    expect(await status()).toMatchObject({ status: "draft", subjectFr: "Brouillon" });
    expect(await outboxSize()).toBe(before);
  });

  it.each([
    ["network editor", (x: NewsletterFixture) => x.admins.editor],
    ["network administrator", (x: NewsletterFixture) => x.admins.admin],
  ])("lets a %s open every page, compose, count and send once", async (_label, userOf) => {
    state.user = userOf(f);
    expect(await render("list")).toContain("/reseau/admin/lettres/nouvelle");
    expect(await render("preview")).toContain(`/reseau/admin/lettres/${draftId}/envoyer`);
    for (const name of WRITE_PAGES) expect(await render(name), name).toContain("<h1");
    const saved = await actions.saveNewsletterAction({ ...VALUES, subjectFr: `Lettre de ${_label}` });
    expect(saved).toMatchObject({ ok: true });
    const id = saved.ok ? saved.data.id : 0;
    expect(await actions.countNewsletterRecipientsAction(VALUES.segment)).toEqual({ ok: true, data: { count: 2 } });
    const sent = await actions.sendNewsletterAction({ id });
    expect(sent).toMatchObject({ ok: true, data: { recipients: 2 } });
    // Sent is final: no second sending, no more editing.
    expect(await actions.sendNewsletterAction({ id })).toMatchObject({ ok: false, error: expect.stringContaining("déjà été envoyée") });
    expect(await actions.saveNewsletterAction({ ...VALUES, id })).toMatchObject({ ok: false, error: expect.stringContaining("déjà été envoyée") });
  });

  it("rejects an invalid form with field errors and saves nothing", async () => {
    state.user = f.admins.editor;
    const result = await actions.saveNewsletterAction({ ...VALUES, subjectFr: "", subjectEn: "Only a subject", segment: { ...VALUES.segment, kinds: [] } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["bodyEn", "segment.kinds", "subjectFr"]);
  });

  it("stores the text sanitised", async () => {
    state.user = f.admins.editor;
    const saved = await actions.saveNewsletterAction({ ...VALUES, bodyFr: '<p onclick="x()">Texte<script>alert(1)</script></p>' });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const [row] = await database.db.select().from(newsletters).where(eq(newsletters.id, saved.data.id));
    expect(row!.bodyFr).toBe("<p>Texte</p>");
  });
});
