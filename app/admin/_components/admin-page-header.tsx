import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { ADMIN_HOME } from "@/lib/admin/navigation";

type AdminPageHeaderProps = {
  title: string;
  /** Crumbs between "Administration" and this page. */
  trail?: Crumb[];
  intro?: ReactNode;
  /** True on the dashboard, which is "Administration" itself. */
  isHome?: boolean;
};

/** Breadcrumbs, the page's only h1 and an optional lead paragraph. */
export function AdminPageHeader({ title, trail = [], intro, isHome }: AdminPageHeaderProps) {
  const items: Crumb[] = isHome ? [{ label: "Administration" }] : [{ label: "Administration", href: ADMIN_HOME }, ...trail, { label: title }];
  return (
    <div className="mb-6">
      <Breadcrumbs items={items} />
      <h1 className="mt-4 text-3xl font-extrabold tracking-tight text-brand-900">{title}</h1>
      {intro && <div className="mt-2 max-w-3xl text-ink-muted">{intro}</div>}
    </div>
  );
}
