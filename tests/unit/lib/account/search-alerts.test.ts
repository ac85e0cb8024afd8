import { eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outboxEmails, savedSearches, users } from "@/db/schema";
import { saveSearch } from "@/lib/account/saved-searches";
import { createSearchAlertJob, mergeKnownIds, runSearchAlerts, type SearchAlertContext } from "@/lib/account/search-alerts";
import type { AccountContext } from "@/lib/auth/context";
import type { EmailTransport } from "@/lib/email/transport";
import { runDueJobs } from "@/lib/jobs/scheduler";
import { createSearchEngine } from "@/lib/search";
import type { SearchDocument, SearchEngine } from "@/lib/search/types";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";
import { inDays } from "../../search/fixtures";

const account: AccountContext = {
  siteUrl: "https://portail.exemple.test",
  siteName: "Passerelle test",
  mail: { from: "Passerelle <ne-pas-repondre@exemple.test>", transport: null },
};

function formation(id: string, title: string, department = "31"): SearchDocument {
  return {
    kind: "formation",
    id,
    title,
    body: `${title} : formation de démonstration.`,
    keywords: [],
    url: `/formations/${id}`,
    facets: { department: [department], region: ["76"] },
    regionFunded: false,
    dates: [{ start: inDays(10), end: inDays(60) }],
  };
}

describe(`search alerts (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;
  let search: SearchEngine;
  let ctx: SearchAlertContext;

  const outbox = () => database.db.select().from(outboxEmails).orderBy(outboxEmails.id);
  const saveWithAlert = async (user: Parameters<typeof saveSearch>[1], query: string) => {
    const result = await saveSearch(database.db, user, { engine: "formations", query, alert: true }, { search });
    if (!result.ok) throw new Error(result.error);
    return result.data.id;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    search = createSearchEngine({ db: database.db, env: {} });
    ctx = { search, account };
  });

  beforeEach(async () => {
    await search.clear();
    await search.index([formation("soudeur-1", "Soudeur TIG"), formation("cuisine-1", "Cuisinier")]);
    // Each test starts from an empty list of searches and an empty outbox.
    await database.db.delete(savedSearches).where(isNotNull(savedSearches.id));
    await database.db.delete(outboxEmails).where(isNotNull(outboxEmails.id));
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it("sends nothing when no result is new", async () => {
    const user = await createTestUser(database.db);
    await saveWithAlert(user, "q=soudeur");
    const summary = await runSearchAlerts(database.db, ctx);
    expect(summary).toEqual({ checked: 1, newResults: 0, emails: 0, failures: 0 });
    expect(await outbox()).toEqual([]);
  });

  it("emails only the new results, through the outbox, with links, then remembers them", async () => {
    const user = await createTestUser(database.db, { email: "alerte@exemple.test" });
    const id = await saveWithAlert(user, "q=soudeur&dep=31");
    await search.index([
      formation("soudeur-2", "Soudeur MIG MAG"),
      formation("soudeur-81", "Soudeur en Tarn", "81"),
      formation("cuisine-2", "Cuisine collective"),
    ]);
    const now = new Date("2031-05-04T06:00:00Z");

    const summary = await runSearchAlerts(database.db, { ...ctx, now });
    expect(summary).toEqual({ checked: 1, newResults: 1, emails: 1, failures: 0 });
    const [email] = await outbox();
    expect(email).toMatchObject({ to: "alerte@exemple.test", template: "search-alert", status: "stored" });
    expect(email?.subject).toBe("1 nouveau résultat pour vos recherches – Passerelle test");
    expect(email?.text).toContain("Soudeur MIG MAG\n  https://portail.exemple.test/formations/soudeur-2");
    expect(email?.text).toContain("https://portail.exemple.test/formations?q=soudeur&dep=31");
    expect(email?.text).toContain("https://portail.exemple.test/espace/recherches");
    expect(email?.text).toContain("https://portail.exemple.test/espace/compte");
    // Known before the alert, or outside the search: not reported.
    expect(email?.text).not.toContain("Soudeur TIG");
    expect(email?.text).not.toContain("Soudeur en Tarn");
    expect(email?.html).toContain('<a href="https://portail.exemple.test/formations/soudeur-2">Soudeur MIG MAG</a>');

    const [row] = await database.db.select().from(savedSearches).where(eq(savedSearches.id, id));
    expect([...(row?.knownIds ?? [])].sort()).toEqual(["formation:soudeur-1", "formation:soudeur-2"]);
    expect(row?.lastCheckedAt?.toISOString()).toBe(now.toISOString());
    expect(row?.lastAlertAt?.toISOString()).toBe(now.toISOString());

    // The next day nothing changed: no second email.
    expect(await runSearchAlerts(database.db, ctx)).toMatchObject({ checked: 1, emails: 0 });
    expect(await outbox()).toHaveLength(1);
  });

  it("sends one digest per person for all their searches", async () => {
    const user = await createTestUser(database.db, { email: "digest@exemple.test" });
    await saveWithAlert(user, "q=soudeur");
    await saveWithAlert(user, "q=cuisine");
    await search.index([formation("soudeur-2", "Soudeur MIG MAG"), formation("cuisine-2", "Cuisine collective")]);

    expect(await runSearchAlerts(database.db, ctx)).toEqual({ checked: 2, newResults: 2, emails: 1, failures: 0 });
    const emails = await outbox();
    expect(emails).toHaveLength(1);
    expect(emails[0]?.text).toContain("« soudeur » (Formations) : 1 nouveau résultat");
    expect(emails[0]?.text).toContain("« cuisine » (Formations) : 1 nouveau résultat");
    expect(emails[0]?.subject).toContain("2 nouveaux résultats");
  });

  it("skips searches without alert, people who turned alerts off and deactivated accounts", async () => {
    const withoutAlert = await createTestUser(database.db);
    const saved = await saveSearch(database.db, withoutAlert, { engine: "formations", query: "q=soudeur" }, { search });
    expect(saved.ok).toBe(true);
    const alertsOff = await createTestUser(database.db);
    const offId = await saveWithAlert(alertsOff, "q=soudeur");
    await database.db.update(users).set({ alertsEnabled: false }).where(eq(users.id, alertsOff.id));
    const deactivated = await createTestUser(database.db);
    await saveWithAlert(deactivated, "q=soudeur");
    await database.db.update(users).set({ status: "deactivated" }).where(eq(users.id, deactivated.id));
    await search.index([formation("soudeur-2", "Soudeur MIG MAG")]);

    expect(await runSearchAlerts(database.db, ctx)).toEqual({ checked: 0, newResults: 0, emails: 0, failures: 0 });
    expect(await outbox()).toEqual([]);
    const [off] = await database.db.select().from(savedSearches).where(eq(savedSearches.id, offId));
    expect(off?.lastCheckedAt).toBeNull();

    // Turning alerts back on reports what appeared meanwhile.
    await database.db.update(users).set({ alertsEnabled: true }).where(eq(users.id, alertsOff.id));
    expect(await runSearchAlerts(database.db, ctx)).toMatchObject({ emails: 1, newResults: 1 });
    expect((await outbox()).map((email) => email.to)).toEqual([await userEmail(alertsOff.id)]);
  });

  it("keeps the results for the next run when the provider refuses the digest", async () => {
    const failing: EmailTransport = { name: "refus", deliver: async () => ({ status: "failed", error: "quota dépassé" }) };
    const user = await createTestUser(database.db);
    const id = await saveWithAlert(user, "q=soudeur");
    await search.index([formation("soudeur-2", "Soudeur MIG MAG")]);

    const refused = await runSearchAlerts(database.db, { ...ctx, account: { ...account, mail: { ...account.mail, transport: failing } } });
    expect(refused).toMatchObject({ emails: 0, failures: 1 });
    const [row] = await database.db.select().from(savedSearches).where(eq(savedSearches.id, id));
    expect(row?.knownIds).toEqual(["formation:soudeur-1"]);
    expect(row?.lastAlertAt).toBeNull();

    expect(await runSearchAlerts(database.db, ctx)).toMatchObject({ emails: 1, newResults: 1 });
  });

  it("does not report again a result that left the search and came back", async () => {
    const user = await createTestUser(database.db);
    await saveWithAlert(user, "q=soudeur");
    await search.remove("formation", ["soudeur-1"]);
    expect(await runSearchAlerts(database.db, ctx)).toMatchObject({ emails: 0 });
    await search.index([formation("soudeur-1", "Soudeur TIG")]);
    expect(await runSearchAlerts(database.db, ctx)).toMatchObject({ emails: 0 });
    expect(mergeKnownIds(["c", "a"], ["a", "b"], 2)).toEqual(["c", "a"]);
  });

  it("runs as a scheduled job at most once per interval", async () => {
    const user = await createTestUser(database.db);
    await saveWithAlert(user, "q=soudeur");
    await search.index([formation("soudeur-2", "Soudeur MIG MAG")]);
    const job = createSearchAlertJob({ everyHours: 24, getEngine: () => search, getAccountContext: () => account });
    const start = new Date("2031-01-01T03:00:00Z");
    const lines: string[] = [];

    const first = await runDueJobs(database.db, [job], (line) => lines.push(line), start);
    expect(first).toEqual([{ name: "search-alerts", ok: true, summary: expect.stringContaining("1 courriel(s)") }]);
    await search.index([formation("soudeur-3", "Soudeur orbital")]);
    expect(await runDueJobs(database.db, [job], () => {}, new Date(start.getTime() + 3_600_000))).toEqual([]);
    expect(await outbox()).toHaveLength(1);
    expect(lines).toHaveLength(1);
  });

  async function userEmail(id: string) {
    const [row] = await database.db.select({ email: users.email }).from(users).where(eq(users.id, id));
    return row?.email;
  }
});
