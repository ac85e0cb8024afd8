"use server";

import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { networkMembers } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getEnv } from "@/lib/env";
import { isNetworkLocale, NETWORK_LOCALE_COOKIE } from "./locale";

const YEAR_S = 365 * 24 * 60 * 60;

/**
 * The language switcher's action (a form, so it works without JavaScript): stores the choice in
 * the `reseau_lang` cookie, and on the member's row when signed in (their e-mails follow it),
 * then goes back to the page it was used on.
 */
export async function setNetworkLocaleAction(form: FormData): Promise<void> {
  const locale = form.get("locale");
  const back = safeReturnPath(form.get("retour"), "/reseau");
  if (!isNetworkLocale(locale)) redirect(back);
  (await cookies()).set(NETWORK_LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: YEAR_S,
    sameSite: "lax",
    httpOnly: true,
    secure: getEnv().SITE_URL.startsWith("https:"),
  });
  const user = await getCurrentUser();
  if (user) await getDb().update(networkMembers).set({ locale }).where(eq(networkMembers.userId, user.id));
  redirect(back);
}
