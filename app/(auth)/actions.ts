"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { type ActionResult, fail, fieldErrorsOf, INVALID_FORM, ok, UNEXPECTED } from "@/lib/actions/result";
import { publicAction } from "@/lib/actions/safe-action";
import { signIn } from "@/lib/auth";
import { registerAccount, requestPasswordReset, resetPassword, verifyEmailAddress } from "@/lib/auth/accounts";
import { getAccountContext } from "@/lib/auth/app-context";
import { SIGN_IN_MESSAGES, type SignInErrorCode } from "@/lib/auth/errors";
import { clientIp } from "@/lib/auth/request-ip";
import { safeReturnPath } from "@/lib/auth/return-path";
import {
  magicLinkSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  signInSchema,
  signUpSchema,
} from "@/lib/validations/auth";

async function requestIp() {
  return clientIp(await headers());
}

export const signUpAction = publicAction(signUpSchema, async (input, { db }) => {
  await registerAccount(db, getAccountContext(), input, await requestIp());
  return ok(undefined);
});

const withReturn = <S extends z.ZodObject>(schema: S) => schema.extend({ retour: z.string().optional() });

/** Password sign-in; on success Auth.js creates the session and this action redirects. */
export async function signInWithPasswordAction(raw: unknown): Promise<ActionResult<undefined>> {
  const parsed = withReturn(signInSchema).safeParse(raw);
  if (!parsed.success) return fail(INVALID_FORM, fieldErrorsOf(parsed.error));
  const { email, password, retour } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: safeReturnPath(retour) });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code as SignInErrorCode | undefined;
      return fail(SIGN_IN_MESSAGES[code && code in SIGN_IN_MESSAGES ? code : "invalid"]);
    }
    // The redirect after a successful sign-in is thrown too: let Next perform it.
    throw error;
  }
  return ok(undefined);
}

/** Sends a sign-in link; the answer does not tell whether the address has an account. */
export async function signInWithEmailLinkAction(raw: unknown): Promise<ActionResult<undefined>> {
  const parsed = withReturn(magicLinkSchema).safeParse(raw);
  if (!parsed.success) return fail(INVALID_FORM, fieldErrorsOf(parsed.error));
  try {
    await signIn("email", { email: parsed.data.email, redirectTo: safeReturnPath(parsed.data.retour) });
  } catch (error) {
    if (error instanceof AuthError) {
      console.error("[auth] lien de connexion", error);
      return fail(UNEXPECTED);
    }
    throw error;
  }
  return ok(undefined);
}

export const requestPasswordResetAction = publicAction(passwordResetRequestSchema, async (input, { db }) => {
  await requestPasswordReset(db, getAccountContext(), input.email, await requestIp());
  return ok(undefined);
});

export const resetPasswordAction = publicAction(passwordResetSchema, async (input, { db }) => {
  const done = await resetPassword(db, input, await requestIp());
  if (!done) return fail("Ce lien de réinitialisation n'est plus valable (il a expiré ou a déjà servi). Demandez-en un nouveau.");
  return ok(undefined);
});

export const verifyEmailAction = publicAction(z.object({ token: z.string().min(1).max(200) }), async (input, { db }) => {
  const done = await verifyEmailAddress(db, input.token);
  if (!done) return fail("Ce lien de confirmation n'est plus valable (il a expiré ou a déjà servi). Connectez-vous : un nouveau lien vous sera envoyé.");
  return ok(undefined);
});
