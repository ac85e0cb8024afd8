import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";

/** The frame of the account pages: header with breadcrumbs, then a narrow column. */
export function AuthPanel({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <>
      <PageHeader title={title} intro={intro} />
      <div className="page-container py-10">
        <div className="mx-auto flex max-w-xl flex-col gap-8">{children}</div>
      </div>
    </>
  );
}

export function AuthSection({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-line bg-white p-6 shadow-sm">
      <h2 id={id} className="text-xl font-bold text-brand-900">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}
