import Link from "next/link";

export type Shortcut = { href: string; label: string; description: string };

/** The home's quick links: one link per card, named by its label, described below it. */
export function ShortcutList({ items }: { items: Shortcut[] }) {
  return (
    <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {items.map((item) => (
        <li key={item.href} className="relative rounded-card border border-line bg-white p-4 shadow-card focus-within:shadow-card-hover hover:shadow-card-hover">
          <Link href={item.href} className="text-lg font-bold text-brand-800 underline-offset-4 after:absolute after:inset-0 hover:underline">
            {item.label}
          </Link>
          <p className="mt-1 text-ink-muted">{item.description}</p>
        </li>
      ))}
    </ul>
  );
}
