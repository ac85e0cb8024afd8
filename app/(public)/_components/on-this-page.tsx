import { fr } from "@/lib/i18n/fr";

/** Anchor list of a detail page's h2 sections, beside the content on wide screens only. */
export function OnThisPage({ entries }: { entries: readonly { id: string; title: string }[] }) {
  if (entries.length < 3) return null;
  return (
    <nav aria-label={fr.shell.onThisPage} className="sticky top-6 hidden rounded-card border border-line bg-white p-5 lg:block">
      <p className="text-sm font-bold tracking-wide text-brand-900 uppercase" aria-hidden="true">
        {fr.shell.onThisPage}
      </p>
      <ol className="mt-3 space-y-1 text-[0.9375rem]">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} className="block py-1 text-brand-700 underline-offset-2 hover:underline">
              {entry.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
