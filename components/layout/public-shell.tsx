import type { ReactNode } from "react";
import { getSiteConfig } from "@/lib/site-config";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { MAIN_CONTENT_ID, SkipLink } from "./skip-link";

/** Header, main landmark and footer of the public portal; shared by its layout and the 404 page. */
export async function PublicShell({ children }: { children: ReactNode }) {
  const { siteName, regionName } = await getSiteConfig();
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <SiteHeader siteName={siteName} regionName={regionName} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex-1">
        {children}
      </main>
      <SiteFooter siteName={siteName} regionName={regionName} />
    </div>
  );
}
