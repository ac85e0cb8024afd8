import type { ReactNode } from "react";
import { type Crumb, Breadcrumbs } from "@/components/layout/breadcrumbs";
import { frAccount } from "./messages";

type AccountPageHeaderProps = {
  title: string;
  /** Trail after "Accueil › Mon espace"; the current page alone by default. */
  breadcrumbs?: Crumb[];
  intro?: ReactNode;
};

/** Top of each personal-space page: breadcrumbs, the page's only h1 and an optional lead. */
export function AccountPageHeader({ title, breadcrumbs, intro }: AccountPageHeaderProps) {
  const trail: Crumb[] = [{ label: frAccount.spaceName, href: "/espace" }, ...(breadcrumbs ?? [{ label: title }])];
  return (
    <div className="mb-8">
      <Breadcrumbs items={trail} />
      <h1 className="mt-4 text-3xl font-extrabold tracking-tight text-brand-900 sm:text-4xl">{title}</h1>
      {intro && <div className="mt-3 max-w-3xl text-lg text-ink-muted">{intro}</div>}
    </div>
  );
}
