import "server-only";
import NextAuth from "next-auth";
import { cache } from "react";
import { buildAuthConfig, type SessionUser } from "./config";

export type { SessionUser } from "./config";

// The configuration is built on first request, so importing this module (at build time, in
// tests) opens no database.
export const { handlers, auth, signIn, signOut } = NextAuth(() => buildAuthConfig());

/** The signed-in, active user of this request, or null; read once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user as Partial<SessionUser> | undefined;
  if (!user?.id || user.status !== "active") return null;
  return user as SessionUser;
});
