"use server";

import { headers } from "next/headers";
import { type ActionResult, fail, fieldErrorsOf, ok } from "@/lib/actions/result";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth";
import { getAccountContext } from "@/lib/auth/app-context";
import { clientIp } from "@/lib/auth/request-ip";
import { getNetworkLocale } from "@/lib/network/i18n";
import { applyToNetwork, applyWithAccount } from "@/lib/network/membership";
import { NETWORK_ACTION_MESSAGES } from "@/lib/network/safe-action";
import { networkApplicationSchema, networkSignupSchema } from "@/lib/validations/network-signup";

/**
 * A membership request. Anonymous visitors create their account with it (and get the same answer
 * whether the address is new or not); a signed-in visitor applies with their account.
 */
export async function applyToNetworkAction(raw: unknown): Promise<ActionResult<{ signedIn: boolean }>> {
  const locale = await getNetworkLocale();
  const m = NETWORK_ACTION_MESSAGES[locale];
  try {
    const db = getDb();
    const ctx = getAccountContext();
    const ip = clientIp(await headers());
    const user = await getCurrentUser();
    if (user) {
      const parsed = networkApplicationSchema(locale).safeParse(raw);
      if (!parsed.success) return fail(m.invalid, fieldErrorsOf(parsed.error));
      const result = await applyWithAccount(db, ctx, user, parsed.data, { locale, ip });
      if (!result.ok) return "fieldErrors" in result ? fail(m.invalid, result.fieldErrors) : fail(m.forbidden);
      return ok({ signedIn: true });
    }
    const parsed = networkSignupSchema(locale).safeParse(raw);
    if (!parsed.success) return fail(m.invalid, fieldErrorsOf(parsed.error));
    const result = await applyToNetwork(db, ctx, parsed.data, { locale, ip });
    if (!result.ok) return fail(m.invalid, result.fieldErrors);
    return ok({ signedIn: false });
  } catch (error) {
    console.error("[network sign-up]", error);
    return fail(m.unexpected);
  }
}
