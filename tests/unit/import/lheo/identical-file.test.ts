import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formations } from "@/db/schema";
import { runImport } from "@/lib/import/lheo/run-import";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { sample, writeTemp } from "../../../helpers/lheo";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.dispose();
});

describe(`re-import of a byte-identical file on ${describeDatabaseKind()}`, () => {
  const file = () => sample("intercarif_trefle/formation.xml");

  it("is recognised without reading it: same volumes, all unchanged, same anomalies, nothing to reindex", async () => {
    const first = await runImport(t.db, { filePath: file(), source: "identique", mode: "full" });
    expect(first.run.status).toBe("succeeded");
    expect(first.run.fileHash).toMatch(/^[0-9a-f]{64}$/);

    const second = await runImport(t.db, { filePath: file(), source: "identique", mode: "full" });
    expect(second.run.status).toBe("succeeded");
    expect(second.report?.changedFormations).toEqual([]);
    const c1 = first.run.counts;
    const c2 = second.run.counts;
    expect(c2.formation.read).toBe(c1.formation.read);
    expect(c2.formation.unchanged).toBe(c1.formation.read - c1.formation.rejected);
    expect(c2.formation.created + c2.formation.updated + c2.formation.withdrawn).toBe(0);
    expect(c2.session.read).toBe(c1.session.read);
    expect(second.run.anomalyCount).toBe(first.run.anomalyCount + 1);
    expect(second.report?.anomalies[0]).toMatchObject({ code: "identical-file", severity: "info" });
    expect(second.report?.anomalies.length).toBe(Math.min(first.run.anomalyCount, 10_000) + 1);
  });

  it("gives the same counts as reading it (forceRead)", async () => {
    const cached = await runImport(t.db, { filePath: file(), source: "identique", mode: "full" });
    const read = await runImport(t.db, { filePath: file(), source: "identique", mode: "full", forceRead: true });
    expect(read.report?.anomalies.some((a) => a.code === "identical-file")).toBe(false);
    expect(cached.run.counts).toEqual(read.run.counts);
  });

  it("reads the file when another source, another mode or a later run is involved", async () => {
    const other = await runImport(t.db, { filePath: file(), source: "autre-source", mode: "full" });
    expect(other.report?.anomalies.some((a) => a.code === "identical-file")).toBe(false);
    const partial = await runImport(t.db, { filePath: file(), source: "identique", mode: "partial" });
    expect(partial.report?.anomalies.some((a) => a.code === "identical-file")).toBe(false);
  });

  it("reads a file that differs by one byte, and applies the change", async () => {
    const original = readFileSync(file(), "utf8");
    const changed = original.replace(/<intitule-formation>([^<]*)</, (_m, title: string) => `<intitule-formation>${title} (modifiée)<`);
    expect(changed).not.toBe(original);
    const result = await runImport(t.db, { filePath: writeTemp("formation-modifiee.xml", changed), source: "identique", mode: "full" });
    expect(result.report?.anomalies.some((a) => a.code === "identical-file")).toBe(false);
    expect(result.run.counts.formation.updated).toBe(1);
    const titles = await t.db.select({ title: formations.title }).from(formations).where(eq(formations.source, "identique"));
    expect(titles.some((r) => r.title.endsWith("(modifiée)"))).toBe(true);
  });
});
