"use server";

import { signOut } from "@/lib/auth";

/** Closes the database session and goes back to the sign-in page with a notice. */
export async function signOutAction() {
  await signOut({ redirectTo: "/connexion?info=deconnecte" });
}
