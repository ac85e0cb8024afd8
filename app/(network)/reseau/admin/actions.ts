"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { fail, ok } from "@/lib/actions/result";
import { getAccountContext } from "@/lib/auth/app-context";
import { coreStrings } from "@/lib/network/i18n/core";
import { pick } from "@/lib/network/i18n/locale";
import { membershipAdminStrings } from "@/lib/network/i18n/membership-admin";
import { decideMembership } from "@/lib/network/membership";
import { adminSaveAlumniProfile, adminUpdateMember } from "@/lib/network/profiles";
import { networkAction } from "@/lib/network/safe-action";
import { alumniProfileSchema, memberAdminSchema } from "@/lib/validations/network-profile";

// Account decisions and edits of someone else's profile: "network:approve" only (the network's
// full administrators); the services check it again.

const userId = z.string().min(1).max(100);

function revalidateMember(id: string) {
  revalidatePath("/reseau/admin/demandes");
  revalidatePath(`/reseau/admin/demandes/${id}`);
  revalidatePath("/reseau/admin/membres");
  revalidatePath(`/reseau/admin/membres/${id}`);
}

export const decideMembershipAction = networkAction(
  { schema: z.object({ userId, decision: z.enum(["approve", "refuse"]) }), permission: "network:approve" },
  async (input, { db, user, locale }) => {
    const t = pick(membershipAdminStrings, locale);
    const result = await decideMembership(db, getAccountContext(), user, input);
    if (!result.ok) return fail(result.reason === "not_found" ? t.notFound : t.unchanged);
    revalidateMember(input.userId);
    return ok({ status: result.status }, result.status === "approved" ? t.approved : t.refused);
  },
);

export const adminUpdateAlumniProfileAction = networkAction(
  { schema: (locale) => alumniProfileSchema(locale).extend({ userId }), permission: "network:approve" },
  async ({ userId: target, ...values }, { db, user, locale }) => {
    const saved = await adminSaveAlumniProfile(db, user, target, values);
    if (!saved.ok) return fail(pick(membershipAdminStrings, locale).notFound);
    revalidateMember(target);
    return ok(undefined, pick(coreStrings, locale).saved);
  },
);

export const adminUpdateMemberAction = networkAction({ schema: memberAdminSchema, permission: "network:approve" }, async (input, { db, user, locale }) => {
  const t = pick(membershipAdminStrings, locale);
  const result = await adminUpdateMember(db, user, input);
  if (!result.ok) return fail(t.notFound);
  revalidateMember(input.userId);
  return ok(undefined, pick(coreStrings, locale).saved);
});
