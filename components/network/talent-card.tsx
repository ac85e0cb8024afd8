import Link from "next/link";
import { formatFieldValue } from "@/lib/network/directory/columns";
import { directoryStrings } from "@/lib/network/i18n/directory";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import type { AlumniField } from "@/lib/network/matrix";
import type { FeaturedTalent } from "@/lib/network/talents";

/** A showcase, not the full profile (the directory has it): these fields, when the viewer may see them. */
const CARD_FIELDS: readonly AlumniField[] = ["countryOfActivity", "countryOfOrigin", "speciality", "school", "year", "contactEmail"];

/**
 * One highlighted talent. It receives a profile already projected for the viewer
 * (lib/network/talents.ts): a field absent from it cannot be shown, whatever this layout lists.
 */
export function TalentCard({ talent, locale }: { talent: FeaturedTalent; locale: NetworkLocale }) {
  const t = pick(directoryStrings, locale);
  const { profile } = talent;
  const has = (field: AlumniField) => field in profile && profile[field] !== null && profile[field] !== "";
  const name = [profile.firstName, profile.lastName].filter(Boolean).join(" ");
  const role = (["position", "company"] as const).filter(has).map((field) => String(profile[field]));
  return (
    <article className="relative flex h-full flex-col rounded-card border border-line bg-white p-5 shadow-card focus-within:shadow-card-hover hover:shadow-card-hover">
      <h3 className="text-lg leading-snug font-bold text-brand-900">
        <Link href={`/reseau/annuaire/${encodeURIComponent(talent.userId)}`} className="underline-offset-4 after:absolute after:inset-0 hover:underline">
          {name}
        </Link>
      </h3>
      {role.length > 0 && <p className="mt-1 font-semibold text-ink">{role.join(" · ")}</p>}
      <dl className="mt-3 space-y-1 text-sm text-ink-muted">
        {CARD_FIELDS.filter(has).map((field) => (
          <div key={field}>
            <dt className="inline font-semibold text-ink">{t.fields[field]}
              {locale === "fr" ? " : " : ": "}
            </dt>
            <dd className="inline">
              {field === "contactEmail" ? (
                // Above the card-wide link, so the address stays its own link.
                <a href={`mailto:${String(profile[field])}`} className="relative z-10 break-all">
                  {String(profile[field])}
                </a>
              ) : (
                formatFieldValue(field, profile[field], locale)
              )}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
