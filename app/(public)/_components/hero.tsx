import { SearchForm } from "@/components/layout/search-form";
import { fr } from "@/lib/i18n/fr";

export function Hero({ regionName }: { regionName: string }) {
  return (
    <div className="on-dark relative isolate overflow-hidden bg-brand-800 text-white">
      <HeroArches />
      <div className="page-container pt-12 pb-24 sm:pt-16 sm:pb-28 lg:pt-20 lg:pb-32">
        <p className="text-sm font-bold tracking-widest text-accent-200 uppercase">{fr.home.heroEyebrow(regionName)}</p>
        <h1 className="mt-3 max-w-3xl text-3xl font-extrabold tracking-tight sm:text-4xl lg:text-5xl">
          {fr.home.heroTitle(regionName)}
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-brand-100">{fr.home.heroIntro}</p>
        <SearchForm
          id="recherche-accueil"
          label={fr.search.heroLabel}
          landmarkLabel={fr.search.landmarkHero}
          size="large"
          showLabel
          className="mt-8 max-w-3xl"
        />
      </div>
    </div>
  );
}

/** Decorative bridge arches echoing the logo; hidden from assistive technologies. */
function HeroArches() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 600 400"
      preserveAspectRatio="xMaxYMax slice"
      className="absolute inset-0 -z-10 h-full w-full opacity-40"
    >
      <g fill="none" strokeLinecap="round">
        <path d="M260 400 Q470 40 680 400" stroke="var(--color-brand-600)" strokeWidth="26" />
        <path d="M340 400 Q520 130 700 400" stroke="var(--color-brand-700)" strokeWidth="18" />
        <path d="M420 400 Q560 210 700 400" stroke="var(--color-accent-500)" strokeWidth="6" opacity="0.7" />
      </g>
    </svg>
  );
}
