import type { Metadata } from "next";
import { MAIN_CONTENT_ID, SkipLink } from "@/components/layout/skip-link";
import { groupAdminNavigation, listAdminNavigation } from "@/lib/admin/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { getSiteConfig } from "@/lib/site-config";
import { AdminHeader } from "./_components/admin-header";
import { AdminSideNav } from "./_components/admin-side-nav";

export async function generateMetadata(): Promise<Metadata> {
  const { siteName } = await getSiteConfig();
  return {
    title: { default: `Administration | ${siteName}`, template: `%s – Administration | ${siteName}` },
    robots: { index: false, follow: false },
  };
}

/**
 * The back office's own shell. This check only decides whether to draw it: layouts are not
 * re-rendered on client navigation, so every page checks its own permission as well.
 */
export default async function AdminLayout({ children }: LayoutProps<"/admin">) {
  const user = await requirePermission("backoffice:access", "/admin");
  const { siteName } = await getSiteConfig();
  const groups = groupAdminNavigation(listAdminNavigation(user));
  return (
    <div className="flex min-h-dvh flex-col bg-white">
      <SkipLink />
      <AdminHeader siteName={siteName} user={user} />
      <div className="mx-auto flex w-full max-w-[96rem] flex-1 flex-col lg:flex-row">
        {/* Small screens: the menu folds away above the content; wide screens: a side column. */}
        <details className="border-b border-line bg-surface px-4 py-3 lg:hidden">
          <summary className="cursor-pointer font-semibold text-brand-800">Menu de l&apos;administration</summary>
          <div className="mt-3">
            <AdminSideNav groups={groups} idPrefix="menu-admin-mobile" />
          </div>
        </details>
        <aside className="hidden w-64 shrink-0 border-r border-line bg-surface px-3 py-6 lg:block">
          <AdminSideNav groups={groups} idPrefix="menu-admin" />
        </aside>
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 lg:px-8 lg:py-8">
          {children}
        </main>
      </div>
    </div>
  );
}
