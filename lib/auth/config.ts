import "server-only";
import { randomBytes } from "node:crypto";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { and, eq } from "drizzle-orm";
import type { NextAuthConfig } from "next-auth";
import { encode as encodeJwt } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { accounts, authSessions, users, verificationTokens } from "@/db/schema";
import { sendEmail } from "@/lib/email/send";
import { noAccountTemplate, signInLinkTemplate } from "@/lib/email/templates";
import { signInSchema } from "@/lib/validations/auth";
import { authenticateWithPassword, resendVerification } from "./accounts";
import { getAccountContext } from "./app-context";
import { recordAudit } from "./audit";
import { siteLink } from "./context";
import { PasswordSignInError } from "./errors";
import { clientIp } from "./request-ip";
import type { AccountStatus, Role } from "./roles";
import { getAuthSecret } from "./secret";

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/** The fields of the users table the session carries to pages (read fresh from the database on each request). */
export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  roles: Role[];
  status: AccountStatus;
  mustChangePassword: boolean;
};

export function buildAuthConfig(): NextAuthConfig {
  const db = getDb();
  const adapter = DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: authSessions,
    verificationTokensTable: verificationTokens,
  });

  return {
    adapter,
    secret: getAuthSecret(),
    // Links in emails are built from SITE_URL, not from the request, so trusting the Host header
    // here only affects redirects within the site.
    trustHost: true,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_S },
    pages: {
      signIn: "/connexion",
      verifyRequest: "/connexion/lien-envoye",
      error: "/connexion/erreur",
    },
    providers: [
      Credentials({
        id: "credentials",
        name: "Mot de passe",
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = signInSchema.safeParse(raw);
          if (!parsed.success) throw new PasswordSignInError("invalid");
          const ip = clientIp(request.headers);
          const result = await authenticateWithPassword(db, { ...parsed.data, ip });
          if (!result.ok) {
            if (result.reason === "unverified") await resendVerification(db, getAccountContext(), parsed.data.email);
            throw new PasswordSignInError(result.reason);
          }
          const user = result.user;
          await recordAudit(db, {
            action: "auth.sign_in",
            actor: { id: user.id, label: user.email },
            target: { type: "user", id: user.id },
            ip,
            details: { method: "password" },
          });
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      {
        id: "email",
        type: "email",
        name: "Lien par courriel",
        maxAge: 24 * 60 * 60,
        async sendVerificationRequest({ identifier, url }) {
          const ctx = getAccountContext();
          const [user] = await db
            .select({ id: users.id })
            .from(users)
            .where(and(eq(users.email, identifier), eq(users.status, "active")))
            .limit(1);
          if (!user) {
            // No account: say so to the mailbox owner only; the page shows the same message either way.
            const mail = noAccountTemplate(ctx.siteName, siteLink(ctx, "/inscription"));
            await sendEmail(db, { to: identifier, ...mail, template: "sign-in-no-account" }, ctx.mail);
            return;
          }
          // Auth.js builds the link from the request; keep only its path and query on SITE_URL.
          const received = new URL(url);
          const link = siteLink(ctx, received.pathname + received.search);
          const mail = signInLinkTemplate(ctx.siteName, link);
          await sendEmail(db, { to: identifier, ...mail, template: "sign-in-link", sensitive: true }, ctx.mail);
        },
      },
    ],
    callbacks: {
      // Redirects stay relative: behind a proxy, or when the site is reached under another host
      // name than the one Next.js sees (127.0.0.1 vs localhost), an absolute URL would send the
      // browser to a host that does not hold its session cookie.
      redirect({ url, baseUrl }) {
        try {
          const target = new URL(url, baseUrl);
          const allowed = [new URL(baseUrl).origin, new URL(getAccountContext().siteUrl).origin];
          if (!url.startsWith("/") && !allowed.includes(target.origin)) return "/";
          const path = target.pathname + target.search + target.hash;
          return path.startsWith("//") ? "/" : path;
        } catch {
          return "/";
        }
      },
      async signIn({ user, account, email }) {
        if (account?.provider !== "email" || email?.verificationRequest) return true;
        // Following a sign-in link: only an existing, active account may sign in this way
        // (sign-up goes through the form, which records consent).
        if (!user.email) return false;
        const [row] = await db
          .select({ status: users.status })
          .from(users)
          .where(eq(users.email, user.email))
          .limit(1);
        return row?.status === "active";
      },
      jwt({ token, user, account }) {
        if (account?.provider === "credentials" && user?.id) token.sessionUserId = user.id;
        return token;
      },
      session({ session, user }) {
        const row = user as unknown as typeof users.$inferSelect;
        const sessionUser: SessionUser = {
          id: row.id,
          email: row.email,
          name: row.name,
          roles: row.roles ?? [],
          status: row.status,
          mustChangePassword: row.mustChangePassword,
        };
        return { ...session, user: { ...session.user, ...sessionUser } };
      },
    },
    jwt: {
      // Auth.js only issues JWTs after a credentials sign-in; a database session is created
      // instead, so every sign-in can be listed and revoked the same way.
      async encode(params) {
        const userId = params.token?.sessionUserId;
        if (typeof userId === "string") {
          const sessionToken = randomBytes(32).toString("base64url");
          await adapter.createSession!({
            sessionToken,
            userId,
            expires: new Date(Date.now() + SESSION_MAX_AGE_S * 1000),
          });
          return sessionToken;
        }
        return encodeJwt(params);
      },
    },
    events: {
      async signIn({ user, account }) {
        if (!user.id) return;
        await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
        if (account?.provider === "email") {
          await recordAudit(db, {
            action: "auth.sign_in",
            actor: { id: user.id, label: user.email ?? null },
            target: { type: "user", id: user.id },
            details: { method: "email-link" },
          });
        }
      },
      async signOut(message) {
        const userId = "session" in message ? message.session?.userId : undefined;
        if (userId) await recordAudit(db, { action: "auth.sign_out", actor: { id: userId }, target: { type: "user", id: userId } });
      },
    },
  };
}
