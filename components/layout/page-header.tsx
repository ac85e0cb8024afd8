import type { ReactNode } from "react";
import { type Crumb, Breadcrumbs } from "./breadcrumbs";

type PageHeaderProps = {
  title: string;
  /** Trail after "Accueil"; defaults to the current page alone. */
  breadcrumbs?: Crumb[];
  intro?: ReactNode;
};

/** Top of every inner page: breadcrumbs, the page's only h1, and an optional lead paragraph. */
export function PageHeader({ title, breadcrumbs, intro }: PageHeaderProps) {
  return (
    <div className="border-b border-line bg-linear-to-b from-brand-50 to-white">
      <div className="page-container pt-5 pb-10 sm:pt-6 sm:pb-12">
        <Breadcrumbs items={breadcrumbs ?? [{ label: title }]} />
        <h1 className="mt-6 text-3xl font-extrabold tracking-tight text-brand-900 sm:text-4xl">{title}</h1>
        {intro && <div className="mt-4 max-w-3xl text-lg text-ink-muted">{intro}</div>}
      </div>
    </div>
  );
}
