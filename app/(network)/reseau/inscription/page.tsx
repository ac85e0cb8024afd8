import type { Metadata } from "next";
import Link from "next/link";
import { NetworkAlert } from "@/components/network/fields";
import { NetworkPage } from "@/components/network/network-page";
import { ButtonLink } from "@/components/ui/button";
import { getDb } from "@/db";
import { getMemberDetail, listActiveOrganisations } from "@/db/queries/network-members";
import { getCurrentUser } from "@/lib/auth";
import { getNetworkAccess } from "@/lib/network/access";
import { countryOptions } from "@/lib/network/countries";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { signupStrings } from "@/lib/network/i18n/signup";
import { SignupForm } from "./_components/signup-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: pick(signupStrings, await getNetworkLocale()).title };
}

/**
 * Public: the membership request. A visitor signed in with a portal account applies with it;
 * someone who already applied (or is a member) sees where their request stands instead.
 */
export default async function NetworkSignupPage() {
  const locale = await getNetworkLocale();
  const t = pick(signupStrings, locale);
  const db = getDb();
  const user = await getCurrentUser();

  if (user) {
    const access = await getNetworkAccess(db, user);
    const detail = access ? null : await getMemberDetail(db, user.id);
    const status = access ? "approved" : detail?.member?.status;
    if (status) {
      return (
        <NetworkPage title={t.title}>
          <NetworkAlert tone={status === "refused" ? "warning" : "info"} locale={locale}>
            <p>{t.already[status]}</p>
          </NetworkAlert>
          <p className="mt-6">
            {status === "approved" ? (
              <ButtonLink href="/reseau">{t.goToNetwork}</ButtonLink>
            ) : status === "refused" ? (
              <Link href="/contact">{t.contact}</Link>
            ) : null}
          </p>
        </NetworkPage>
      );
    }
  }

  const organisations = await listActiveOrganisations(db);
  return (
    <NetworkPage title={t.title} intro={<p>{t.intro}</p>}>
      <section aria-labelledby="adhesion-formulaire" className="rounded-xl border border-line bg-white p-5 shadow-sm sm:p-8">
        <h2 id="adhesion-formulaire" className="sr-only">
          {t.title}
        </h2>
        <p className="mb-5 text-sm text-ink-muted">{t.allRequired}</p>
        <SignupForm locale={locale} countries={countryOptions(locale)} organisations={organisations} signedInEmail={user?.email ?? null} />
      </section>
      {!user && (
        <p className="mt-6 text-center">
          {t.haveAccount} <Link href="/connexion?retour=%2Freseau">{t.signIn}</Link>
        </p>
      )}
    </NetworkPage>
  );
}
