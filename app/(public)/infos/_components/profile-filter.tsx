import { clsx } from "clsx";
import Link from "next/link";
import { audienceLabel } from "@/lib/editorial/labels";
import { AUDIENCES } from "@/lib/editorial/vocabulary";
import { fr } from "@/lib/i18n/fr";

const chip =
  "inline-flex min-h-11 items-center rounded-full border px-4 py-1.5 text-[0.9375rem] font-semibold underline-offset-4 hover:underline";

/**
 * "Afficher les pages pour": one plain link per profile (?profil=…), so the choice is a
 * shareable address and works without JavaScript; the current one is marked for everyone.
 */
export function ProfileFilter({ selected }: { selected: string | null }) {
  const options = [{ value: null, label: fr.infoPages.allProfiles }, ...AUDIENCES.map((value) => ({ value, label: audienceLabel(value) }))];
  return (
    <nav aria-labelledby="infos-profils-titre">
      <h2 id="infos-profils-titre" className="text-lg font-bold text-brand-900">
        {fr.infoPages.profileLegend}
      </h2>
      <ul role="list" className="mt-3 flex flex-wrap gap-2">
        {options.map((option) => {
          const current = option.value === selected;
          return (
            <li key={option.value ?? "tous"}>
              <Link
                href={option.value ? `/infos?profil=${option.value}` : "/infos"}
                aria-current={current ? "page" : undefined}
                className={clsx(
                  chip,
                  current
                    ? "border-brand-700 bg-brand-700 text-white"
                    : "border-brand-300 bg-white text-brand-800 hover:border-brand-600 hover:bg-brand-50",
                )}
              >
                {option.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
