import "server-only";
import { getEnv } from "@/lib/env";
import { getEmailTransport } from "@/lib/email";
import type { AccountContext } from "./context";

export function getAccountContext(): AccountContext {
  const env = getEnv();
  return {
    siteUrl: env.SITE_URL,
    siteName: env.SITE_NAME,
    mail: { from: env.EMAIL_FROM, transport: getEmailTransport() },
  };
}
