import type { ReactNode } from "react";

/** One titled part of the help, reachable by its anchor from the contents and other pages. */
export function HelpSection({ id, title, paragraphs, level = 2, children }: { id: string; title: string; paragraphs?: string[]; level?: 2 | 3; children?: ReactNode }) {
  const Heading = `h${level}` as const;
  return (
    <section aria-labelledby={`${id}-titre`} id={id} className="scroll-mt-6 space-y-3">
      <Heading id={`${id}-titre`} className={level === 2 ? "text-2xl font-bold text-brand-900" : "text-xl font-bold text-brand-900"}>
        {title}
      </Heading>
      {paragraphs?.map((paragraph) => (
        <p key={paragraph} className="max-w-3xl">
          {paragraph}
        </p>
      ))}
      {children}
    </section>
  );
}

export function FieldList({ label, items }: { label: string; items: string[] }) {
  return (
    <div>
      <p className="font-semibold">{label}</p>
      <ul className="mt-1 list-disc pl-6">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
