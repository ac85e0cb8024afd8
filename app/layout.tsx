import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { fr } from "@/lib/i18n/fr";
import { getSiteConfig } from "@/lib/site-config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { siteName, regionName, siteUrl } = await getSiteConfig();
  return {
    metadataBase: new URL(siteUrl),
    title: { default: fr.site.homeTitle(siteName, regionName), template: `%s | ${siteName}` },
    description: fr.site.description(regionName),
    applicationName: siteName,
    openGraph: { type: "website", locale: "fr_FR", siteName },
    formatDetection: { telephone: false },
  };
}

// No maximum scale: users must be able to zoom (WCAG 1.4.4).
export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0c415d",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr" dir="ltr">
      <body>{children}</body>
    </html>
  );
}
