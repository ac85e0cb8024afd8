"use server";

import { fail, ok } from "@/lib/actions/result";
import { authedAction } from "@/lib/actions/safe-action";
import { changePassword } from "@/lib/auth/accounts";
import { currentSessionToken } from "@/lib/auth/session-cookie";
import { passwordChangeSchema } from "@/lib/validations/auth";

export const changePasswordAction = authedAction(
  { schema: passwordChangeSchema, permission: "account:use", allowPendingPasswordChange: true },
  async (input, { db, user }) => {
    const result = await changePassword(db, user.id, await currentSessionToken(), input);
    if (!result.ok) return fail("Le mot de passe n'a pas été modifié.", { [result.field]: [result.message] });
    return ok(undefined, "Votre mot de passe est modifié. Vos autres sessions ont été fermées.");
  },
);
