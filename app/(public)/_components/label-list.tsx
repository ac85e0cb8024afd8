/** A short list of labels shown as chips (services, themes, publics). */
export function LabelList({ labels }: { labels: string[] }) {
  return (
    <ul role="list" className="flex flex-wrap gap-2">
      {labels.map((label) => (
        <li key={label} className="rounded-full border border-brand-200 bg-brand-50 px-3 py-1 text-[0.9375rem] text-brand-900">
          {label}
        </li>
      ))}
    </ul>
  );
}
