import Link from "next/link";
import { PROFILES } from "@/lib/catalog/profiles";
import { SectionHeading } from "./section-heading";

/** "Vous êtes…": one entry per audience, each leading to engines pre-filtered for it. */
export function ProfileEntryPoints() {
  return (
    <section aria-labelledby="profils-titre" id="profils" className="page-container scroll-mt-24">
      <SectionHeading
        id="profils-titre"
        title="Vous êtes…"
        intro="Des raccourcis vers les formations, aides, évènements et lieux de conseil qui vous concernent."
      />
      <ul role="list" className="mt-8 flex flex-wrap gap-3">
        {PROFILES.map((profile) => (
          <li key={profile.slug}>
            <Link
              href={`/profils/${profile.slug}`}
              className="inline-flex min-h-11 items-center rounded-full border border-brand-200 bg-white px-5 py-2 font-semibold text-brand-800 shadow-card transition-colors hover:border-brand-400 hover:bg-brand-50"
            >
              {profile.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
