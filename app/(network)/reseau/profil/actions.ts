"use server";

import { revalidatePath } from "next/cache";
import { fail, ok } from "@/lib/actions/result";
import { coreStrings } from "@/lib/network/i18n/core";
import { pick } from "@/lib/network/i18n/locale";
import { saveAlumniProfile, saveMemberName } from "@/lib/network/profiles";
import { NETWORK_ACTION_MESSAGES, networkAction } from "@/lib/network/safe-action";
import { alumniProfileSchema, memberNameSchema } from "@/lib/validations/network-profile";

// Own profile only: the user id comes from the session; a userId in the form is not part of the
// schema, so it is dropped before the handler runs.

export const updateOwnAlumniProfileAction = networkAction({ schema: (locale) => alumniProfileSchema(locale) }, async (input, { db, user, member, locale }) => {
  const isAlumni = member ? member.kind === "alumni" : user.roles.includes("alumni");
  if (!isAlumni) return fail(NETWORK_ACTION_MESSAGES[locale].forbidden);
  await saveAlumniProfile(db, user.id, input);
  revalidatePath("/reseau/profil");
  return ok(undefined, pick(coreStrings, locale).saved);
});

export const updateOwnNameAction = networkAction({ schema: memberNameSchema }, async (input, { db, user, locale }) => {
  await saveMemberName(db, user.id, input.name);
  revalidatePath("/reseau/profil");
  return ok(undefined, pick(coreStrings, locale).saved);
});
