type SectionHeadingProps = { id: string; title: string; intro?: string };

export function SectionHeading({ id, title, intro }: SectionHeadingProps) {
  return (
    <div className="max-w-3xl">
      <h2 id={id} className="text-2xl font-extrabold tracking-tight text-brand-900 sm:text-3xl">
        {title}
      </h2>
      {intro && <p className="mt-2 text-lg text-ink-muted">{intro}</p>}
    </div>
  );
}
