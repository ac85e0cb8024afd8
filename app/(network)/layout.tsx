import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { PublicShell } from "@/components/layout/public-shell";
import { LanguageSwitcher } from "@/components/network/language-switcher";
import { NetworkNav } from "@/components/network/network-nav";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { getNetworkAccess } from "@/lib/network/access";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { coreStrings } from "@/lib/network/i18n/core";
import { NETWORK_ADMIN_NAV, NETWORK_NAV } from "@/lib/network/navigation";

// Member pages have nothing to offer search engines; the sign-up page is linked from the portal.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The alumni network area inside the portal's shell: its name, its menu (only for approved
 * members; admin entries by permission) and the language switcher. Every page still checks
 * access itself with requireNetworkAccess: a layout does not re-run on client navigation.
 */
export default async function NetworkLayout({ children }: { children: ReactNode }) {
  const locale = await getNetworkLocale();
  const t = pick(coreStrings, locale);
  const user = await getCurrentUser();
  const access = user ? await getNetworkAccess(getDb(), user) : null;
  const items = access ? NETWORK_NAV.filter((item) => !item.permission || can(user, item.permission)) : [];
  const adminItems = access ? NETWORK_ADMIN_NAV.filter((item) => !item.permission || can(user, item.permission)) : [];

  return (
    <PublicShell>
      <div lang={locale}>
        <div className="border-b border-line bg-brand-50">
          <div className="page-container flex flex-col gap-3 pt-4 pb-1">
            <div className="flex flex-wrap items-start justify-between gap-4">
              <p className="max-w-3xl">
                <Link href={access ? "/reseau" : "/reseau/inscription"} className="text-lg font-extrabold text-brand-900 no-underline hover:underline sm:text-xl">
                  {t.networkName}
                </Link>
              </p>
              {/* No Suspense boundary: the area is rendered per request (cookies), and a streamed
                  switcher would stay hidden without JavaScript. */}
              <LanguageSwitcher locale={locale} label={t.languageLabel} names={t.languageNames} hints={t.switchTo} />
            </div>
            {access ? (
              <div className="flex flex-wrap items-end justify-between gap-x-6">
                <NetworkNav label={t.navLabel} items={items.map((item) => ({ href: item.href, label: pick(item.label, locale) }))} />
                {adminItems.length > 0 && (
                  <NetworkNav
                    label={t.adminNavLabel}
                    items={adminItems.map((item) => ({ href: item.href, label: pick(item.label, locale) }))}
                  />
                )}
              </div>
            ) : (
              !user && (
                <ul className="flex flex-wrap gap-x-4 pb-3">
                  <li>
                    <Link href="/connexion?retour=%2Freseau" className="font-semibold">
                      {t.signIn}
                    </Link>
                  </li>
                  <li>
                    <Link href="/reseau/inscription" className="font-semibold">
                      {t.apply}
                    </Link>
                  </li>
                </ul>
              )
            )}
          </div>
        </div>
        {children}
      </div>
    </PublicShell>
  );
}
