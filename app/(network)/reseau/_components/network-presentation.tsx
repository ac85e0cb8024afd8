import Link from "next/link";
import { NetworkAlert } from "@/components/network/fields";
import { NetworkPage } from "@/components/network/network-page";
import { ButtonLink } from "@/components/ui/button";
import type { NetworkStanding } from "@/lib/network/access";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { presentationStrings } from "@/lib/network/i18n/presentation";

export type PresentationVisitor = "anonymous" | Exclude<NetworkStanding, "member">;

/**
 * The network as those outside it see it (linked from the portal's footer): what it offers, who
 * may join, and the next step for this visitor. Nothing from inside the area (members, talents,
 * news) is shown here.
 */
export function NetworkPresentation({ visitor, locale }: { visitor: PresentationVisitor; locale: NetworkLocale }) {
  const t = pick(presentationStrings, locale);
  return (
    <NetworkPage title={t.title} intro={<p>{t.intro}</p>}>
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="reseau-apports">
          <h2 id="reseau-apports" className="text-2xl font-bold text-brand-900">
            {t.offersHeading}
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-5">
            {t.offers.map((offer) => (
              <li key={offer}>{offer}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="reseau-membres">
          <h2 id="reseau-membres" className="text-2xl font-bold text-brand-900">
            {t.whoHeading}
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-5">
            {t.who.map((entry) => (
              <li key={entry}>{entry}</li>
            ))}
          </ul>
          <p className="mt-3 text-ink-muted">{t.privacy}</p>
        </section>
      </div>

      <section aria-labelledby="reseau-rejoindre" className="mt-10 rounded-card border border-line bg-white p-5 shadow-card sm:p-6">
        <h2 id="reseau-rejoindre" className="text-2xl font-bold text-brand-900">
          {t.actionsHeading}
        </h2>
        {visitor === "pending" ? (
          <NetworkAlert tone="info" locale={locale} className="mt-4">
            <p>{t.pending}</p>
          </NetworkAlert>
        ) : visitor === "refused" ? (
          <>
            <NetworkAlert tone="warning" locale={locale} className="mt-4">
              <p>{t.refused}</p>
            </NetworkAlert>
            <p className="mt-4">
              <Link href="/contact">{t.contact}</Link>
            </p>
          </>
        ) : (
          <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
            <ButtonLink href="/reseau/inscription">{t.apply}</ButtonLink>
            {visitor === "anonymous" && (
              <p>
                {t.alreadyMember} <Link href="/connexion?retour=%2Freseau">{t.signIn}</Link>
              </p>
            )}
          </div>
        )}
      </section>
    </NetworkPage>
  );
}
