import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ImportCounts, importRuns, news, users } from "@/db/schema";
import { getAttention } from "@/lib/admin/attention";
import { getDashboardFigures } from "@/lib/admin/dashboard";
import type { SessionUser } from "@/lib/auth/config";
import { ForbiddenError } from "@/lib/auth/permissions";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "@/tests/helpers/db";
import { createTestUser } from "@/tests/helpers/users";

describe(`dashboard: what needs attention (${describeDatabaseKind()})`, () => {
  let handle: TestDatabase;
  let editor: SessionUser;
  let contentManager: SessionUser;
  let admin: SessionUser;
  let visitor: SessionUser;

  beforeAll(async () => {
    handle = await createTestDatabase();
    editor = await createTestUser(handle.db, { roles: ["editor"] });
    contentManager = await createTestUser(handle.db, { roles: ["content_manager"] });
    admin = await createTestUser(handle.db, { roles: ["admin"] });
    visitor = await createTestUser(handle.db);
    await handle.db.insert(users).values({ email: "pas-confirme@exemple.test", emailVerified: null });
    await handle.db.insert(news).values([
      { slug: "brouillon", title: "Brouillon en cours", status: "draft" },
      { slug: "bientot", title: "Annonce de décembre", status: "scheduled", publishedAt: new Date("2026-12-01T08:00:00Z") },
      { slug: "en-ligne", title: "Déjà publiée", status: "published", publishedAt: new Date("2026-11-01T08:00:00Z") },
    ]);
    await handle.db.insert(importRuns).values({
      fileName: "offre.xml",
      source: "upload",
      mode: "full",
      status: "succeeded",
      startedAt: new Date(),
      finishedAt: new Date(),
      durationMs: 12,
      counts: {} as ImportCounts,
    });
  });

  afterAll(async () => {
    await handle?.dispose();
  });

  it("shows an editor the drafts and scheduled publications, not the imports or the accounts", async () => {
    const attention = await getAttention(handle.db, editor);
    expect(attention.content?.drafts.map((row) => row.title)).toEqual(["Brouillon en cours"]);
    expect(attention.content?.scheduled.map((row) => row.title)).toEqual(["Annonce de décembre"]);
    expect(attention.content).toMatchObject({ draftCount: 1, scheduledCount: 1 });
    expect(attention.imports).toBeUndefined();
    expect(attention.accounts).toBeUndefined();
  });

  it("counts each kind of content by state on the editor's cards, and only for those who edit", async () => {
    const figures = await getDashboardFigures(handle.db, editor);
    expect(figures.content?.actualite).toMatchObject({ draft: 1, scheduled: 1, published: 1, archived: 0 });
    expect((await getDashboardFigures(handle.db, contentManager)).content).toBeUndefined();
  });

  it("shows a content manager the last import report only", async () => {
    const attention = await getAttention(handle.db, contentManager);
    expect(attention.imports?.run.fileName).toBe("offre.xml");
    expect(attention.content).toBeUndefined();
    expect(attention.accounts).toBeUndefined();
  });

  it("shows an administrator everything, with the accounts awaiting confirmation", async () => {
    const attention = await getAttention(handle.db, admin);
    expect(attention.accounts?.pending).toBe(1);
    expect(attention.content?.draftCount).toBe(1);
    expect(attention.imports).not.toBeUndefined();
  });

  it("refuses a registered visitor and an anonymous one", async () => {
    await expect(getAttention(handle.db, visitor)).rejects.toThrow(ForbiddenError);
    await expect(getAttention(handle.db, null)).rejects.toThrow(ForbiddenError);
  });
});
