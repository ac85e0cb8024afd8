import type { SendOptions } from "@/lib/email/send";

/** What account services need from the installation; built from the env by lib/auth/app-context.ts. */
export type AccountContext = {
  siteUrl: string;
  siteName: string;
  mail: SendOptions;
};

/** An absolute link on this site, built from SITE_URL (never from a request's Host header). */
export function siteLink(ctx: Pick<AccountContext, "siteUrl">, path: string, params?: Record<string, string>): string {
  const url = new URL(path, ctx.siteUrl);
  for (const [key, value] of Object.entries(params ?? {})) url.searchParams.set(key, value);
  return url.toString();
}
