import "server-only";
import { connection } from "next/server";
import { getEnv } from "@/lib/env";

export type SiteConfig = {
  siteName: string;
  regionName: string;
  siteUrl: string;
};

/**
 * Site identity for rendering. Awaiting `connection()` first makes every caller render at request
 * time, so one build can be deployed for any region: a value read during `next build` would be
 * frozen into the prerendered HTML.
 */
export async function getSiteConfig(): Promise<SiteConfig> {
  await connection();
  const env = getEnv();
  return { siteName: env.SITE_NAME, regionName: env.REGION_NAME, siteUrl: env.SITE_URL };
}
