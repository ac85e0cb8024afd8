import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { alumniProfiles, networkMembers, networkOrganisations, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/config";
import type { Role } from "@/lib/auth/roles";
import type { AlumniField, NetworkViewer } from "@/lib/network/matrix";
import { createTestUser } from "../../../helpers/users";

/**
 * Directory test data: alumni whose every field holds a value found nowhere else (so a field
 * shown to the wrong viewer is detectable in HTML, JSON or PDF text), accounts for each viewer of
 * the matrix, and accounts that must be refused.
 */

export type ProfileValues = { [F in AlumniField]: F extends "year" ? number : string };

function profile(suffix: string, n: number, origin: string, activity: string): ProfileValues {
  return {
    countryOfOrigin: origin,
    countryOfActivity: activity,
    lastName: `Ångström${suffix}`,
    firstName: `Élodie${suffix}`,
    schoolOfOrigin: `Dakarversité${suffix}`,
    company: `Aérobus${suffix}`,
    position: `Avionicienne${suffix}`,
    trainingType: `Mastère${suffix}`,
    speciality: `Propulsion${suffix}`,
    school: `Enacampus${suffix}`,
    year: 2010 + n,
    internshipCompany: `Stagiairéco${suffix}`,
    contactEmail: `contact.${suffix}@exemple.test`,
    contactPhone: `+33 5 61 00 00 ${String(n).padStart(2, "0")}`,
  };
}

/** Approved alumni: the directory lists exactly these (plus the alumni viewer's own profile). */
export const ALPHA = profile("alpha", 1, "SN", "CA");
export const BETA = profile("beta", 2, "VN", "DE");
/** The alumni viewer's own approved profile. */
export const SELF = profile("moi", 5, "MA", "BE");
/** Never listed: a pending and a refused applicant. */
export const PENDING = profile("attente", 3, "PE", "NO");
export const REFUSED = profile("refuse", 4, "KE", "JP");

export type ViewerAccount = { label: string; viewer: NetworkViewer; user: SessionUser };
export type Fixture = {
  viewers: ViewerAccount[];
  refused: { label: string; user: SessionUser }[];
  ids: { alpha: string; beta: string; self: string; pending: string; refused: string; orgMember: string };
};

async function member(db: DbOrTx, userId: string, values: Partial<typeof networkMembers.$inferInsert> & Pick<typeof networkMembers.$inferInsert, "kind">) {
  await db.insert(networkMembers).values({ userId, status: "approved", ...values });
}

async function alumni(db: DbOrTx, values: ProfileValues, status: "approved" | "pending" | "refused", roles: Role[], featured = false) {
  const user = await createTestUser(db, { roles, name: `${values.firstName} ${values.lastName}` });
  await member(db, user.id, { kind: "alumni", status, featuredAt: featured ? new Date() : null });
  await db.insert(alumniProfiles).values({ userId: user.id, ...values });
  return user;
}

export async function seedDirectory(db: DbOrTx): Promise<Fixture> {
  const [organisation] = await db.insert(networkOrganisations).values({ name: "Lycée Airbus de test" }).returning();
  const alpha = await alumni(db, ALPHA, "approved", ["alumni"], true);
  const beta = await alumni(db, BETA, "approved", ["alumni"]);
  const self = await alumni(db, SELF, "approved", ["alumni"]);
  const pending = await alumni(db, PENDING, "pending", []);
  const refused = await alumni(db, REFUSED, "refused", []);

  const bricks = await createTestUser(db, { roles: ["network_admin"] });
  await member(db, bricks.id, { kind: "network_admin", adminScope: "bricks", adminLevel: "full" });
  const campusReader = await createTestUser(db, { roles: ["network_reader"] });
  await member(db, campusReader.id, { kind: "network_admin", adminScope: "campus", adminLevel: "read_only" });
  const campusEditor = await createTestUser(db, { roles: ["network_editor"] });
  await member(db, campusEditor.id, { kind: "network_admin", adminScope: "campus", adminLevel: "partial" });
  const orgMember = await createTestUser(db, { roles: ["organisation_member"] });
  await member(db, orgMember.id, { kind: "organisation_member", organisationId: organisation!.id });

  const visitor = await createTestUser(db, { roles: ["visitor"] });
  const pendingOrg = await createTestUser(db, { roles: [] });
  await member(db, pendingOrg.id, { kind: "organisation_member", status: "pending", organisationId: organisation!.id });
  // A pending row wins over a role left behind: approval is what opens the area.
  const pendingWithRole = await createTestUser(db, { roles: ["alumni"] });
  await member(db, pendingWithRole.id, { kind: "alumni", status: "pending" });
  // An approved alumni whose account was deactivated is neither a viewer nor listed.
  const deactivated = await alumni(db, profile("desactive", 6, "CL", "AR"), "approved", ["alumni"]);
  await db.update(users).set({ status: "deactivated" }).where(eq(users.id, deactivated.id));

  return {
    viewers: [
      { label: "Bricks administrator (network_admin, scope bricks)", viewer: "bricks_admin", user: bricks },
      { label: "Campus administrator (network_reader, scope campus)", viewer: "campus_admin", user: campusReader },
      { label: "Campus administrator (network_editor, scope campus)", viewer: "campus_admin", user: campusEditor },
      { label: "alumni", viewer: "alumni", user: self },
      { label: "organisation member", viewer: "organisation_member", user: orgMember },
    ],
    refused: [
      { label: "registered visitor", user: visitor },
      { label: "pending alumni applicant", user: pending },
      { label: "refused alumni applicant", user: refused },
      { label: "pending organisation member", user: pendingOrg },
      { label: "pending member still holding the alumni role", user: pendingWithRole },
    ],
    ids: { alpha: alpha.id, beta: beta.id, self: self.id, pending: pending.id, refused: refused.id, orgMember: orgMember.id },
  };
}

function decodeEntities(html: string): string {
  return html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

const stripTags = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, "")).trim();

/** The results table of rendered HTML: its column headers and, per row, its cell texts. */
export function readTable(html: string): { headers: string[]; rows: string[][] } {
  const table = /<table[\s\S]*?<\/table>/.exec(html)?.[0];
  if (!table) return { headers: [], rows: [] };
  const headers = [...table.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => stripTags(m[1]!));
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? "";
  const rows = [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => stripTags(cell[1]!)),
  );
  return { headers, rows };
}

/** Rendered HTML with entities decoded, attributes included: a value in a link or an option leaks too. */
export function decodedHtml(html: string): string {
  return decodeEntities(html);
}
