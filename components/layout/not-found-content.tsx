import Link from "next/link";
import { fr } from "@/lib/i18n/fr";
import { SearchForm } from "./search-form";

/** Body of the 404 page, rendered inside the public shell. */
export function NotFoundContent() {
  return (
    <div className="page-container grid items-center gap-12 py-16 sm:py-24 lg:grid-cols-[minmax(0,42rem)_1fr]">
      <div>
        <p className="text-sm font-bold tracking-widest text-brand-600 uppercase">{fr.notFound.errorCode}</p>
        <h1 className="mt-3 text-3xl font-extrabold tracking-tight text-brand-900 sm:text-4xl">{fr.notFound.title}</h1>
        <p className="mt-4 text-lg text-ink">{fr.notFound.intro}</p>
        <p className="mt-6 text-ink-muted">{fr.notFound.hint}</p>
        <SearchForm
          id="recherche-404"
          label={fr.search.heroLabel}
          landmarkLabel={fr.search.landmarkPage}
          showLabel
          className="mt-4"
        />
        <p className="mt-10">
          <Link
            href="/"
            className="inline-flex items-center gap-2 rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800"
          >
            <span aria-hidden="true">←</span>
            {fr.notFound.backHome}
          </Link>
        </p>
      </div>
      <BrokenBridge />
    </div>
  );
}

/** A footbridge with a missing span: the page you were heading to is not there. Decorative. */
function BrokenBridge() {
  return (
    <svg viewBox="0 0 320 200" aria-hidden="true" focusable="false" className="hidden w-full max-w-sm justify-self-center lg:block">
      <path d="M0 170h320" stroke="var(--color-brand-100)" strokeWidth="40" />
      <g fill="none" strokeLinecap="round">
        <path d="M20 130 Q70 60 120 100" stroke="var(--color-accent-400)" strokeWidth="8" />
        <path d="M300 130 Q250 60 200 100" stroke="var(--color-accent-400)" strokeWidth="8" />
        <path d="M14 132h118M188 132h118" stroke="var(--color-brand-700)" strokeWidth="10" />
        <path d="M50 98v34M80 84v48M240 84v48M270 98v34" stroke="var(--color-brand-500)" strokeWidth="4" />
        <path d="M132 132l10 14M188 132l-8 16" stroke="var(--color-brand-700)" strokeWidth="6" />
      </g>
      <path d="M20 132v38M300 132v38" stroke="var(--color-brand-700)" strokeWidth="12" />
    </svg>
  );
}
