import "server-only";
import type { DbOrTx } from "@/db/client";
import {
  countFeaturedTalents,
  getEligibleAlumni,
  listFeaturedTalents,
  MAX_FEATURED_TALENTS,
  setTalentFeatured,
  type TalentRow,
} from "@/db/queries/network-talents";
import { type ActionResult, fail, ok } from "@/lib/actions/result";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/auth/audit";
import { homeStrings } from "./i18n/home";
import { type NetworkLocale, pick } from "./i18n/locale";
import { type AlumniField, type NetworkViewer, projectProfile } from "./matrix";

/** A featured talent as a viewer may see it: only the fields of their matrix column. */
export type FeaturedTalent = { userId: string; profile: Partial<Record<AlumniField, string | number | null>> };

export function projectTalent(viewer: NetworkViewer, row: TalentRow): FeaturedTalent {
  return { userId: row.userId, profile: projectProfile(viewer, row.profile) };
}

/** The talents of the network home, already reduced to what `viewer` may see. */
export async function getFeaturedTalentsFor(db: DbOrTx, viewer: NetworkViewer): Promise<FeaturedTalent[]> {
  const rows = await listFeaturedTalents(db);
  return rows.map((row) => projectTalent(viewer, row));
}

/**
 * Features or unfeatures one alumni, with its audit entry in the same transaction (a change is
 * never left unaudited). Checks "network:publish" itself so no caller can forget it. The limit is
 * a layout bound for the home, not a hard invariant: two simultaneous additions may pass it by one.
 */
export async function setFeatured(
  db: DbOrTx,
  actor: Actor,
  params: { userId: string; featured: boolean; locale: NetworkLocale; now?: Date },
): Promise<ActionResult<{ featured: boolean }>> {
  assertCan(actor, "network:publish");
  const m = pick(homeStrings, params.locale).talents.messages;
  return db.transaction(async (tx) => {
    const row = await getEligibleAlumni(tx, { userId: params.userId });
    if (params.featured) {
      if (!row) return fail(m.notFound);
      if (row.featuredAt) return ok({ featured: true }, m.featured);
      if ((await countFeaturedTalents(tx)) >= MAX_FEATURED_TALENTS) return fail(m.limit(MAX_FEATURED_TALENTS));
    } else if (row && !row.featuredAt) {
      return ok({ featured: false }, m.unfeatured);
    }
    await setTalentFeatured(tx, { userId: params.userId, featuredAt: params.featured ? (params.now ?? new Date()) : null });
    await recordAudit(tx, {
      action: params.featured ? "network.talent_featured" : "network.talent_unfeatured",
      actor: { id: actor.id },
      target: { type: "network_member", id: params.userId },
      details: row ? { name: `${row.profile.firstName} ${row.profile.lastName}` } : {},
    });
    return ok({ featured: params.featured }, params.featured ? m.featured : m.unfeatured);
  });
}
