import type { ReactNode } from "react";

type DetailSectionProps = {
  id: string;
  title: string;
  /** Short line under the title (count, source). */
  intro?: ReactNode;
  children: ReactNode;
};

/** One h2 section of a detail page (trade, organisation), labelled by its heading for landmarks. */
export function DetailSection({ id, title, intro, children }: DetailSectionProps) {
  return (
    <section aria-labelledby={id} className="scroll-mt-6">
      <h2 id={id} className="text-2xl font-extrabold tracking-tight text-brand-900">
        {title}
      </h2>
      {intro && <div className="mt-1 text-ink-muted">{intro}</div>}
      <div className="mt-4">{children}</div>
    </section>
  );
}
