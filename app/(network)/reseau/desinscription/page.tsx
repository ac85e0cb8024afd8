import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { getAuthSecret } from "@/lib/auth/secret";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { newsletterStrings } from "@/lib/network/i18n/newsletters";
import { verifyUnsubscribeToken } from "@/lib/network/unsubscribe-token";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const locale = await getNetworkLocale(first((await searchParams).lang));
  // The address carries the member's token: no Referer may take it to another site.
  return { title: pick(newsletterStrings, locale).unsubscribeTitle, referrer: "no-referrer" };
}

/**
 * The page a newsletter's unsubscribe link opens. Opening it changes nothing (mail scanners and
 * link previews follow links): the member confirms with a button, which POSTs to ./confirmer.
 * No sign-in is needed: the signed token is the proof.
 */
export default async function UnsubscribePage({ searchParams }: PageProps) {
  const params = await searchParams;
  const locale = await getNetworkLocale(first(params.lang));
  const t = pick(newsletterStrings, locale);
  const state = first(params.etat);
  const token = first(params.jeton);
  const valid = state === undefined && verifyUnsubscribeToken(getAuthSecret(), token) !== null;

  return (
    <div lang={locale} className="page-container max-w-3xl py-8">
      <h1 className="text-3xl font-extrabold tracking-tight text-brand-900">{t.unsubscribeTitle}</h1>
      {state === "fait" ? (
        <>
          <Alert tone="success" className="mt-6">
            {t.unsubscribeDone}
          </Alert>
          <p className="mt-4">{t.unsubscribeResubscribe}</p>
          <p className="mt-2">
            <Link href="/reseau/profil">{t.goToProfile}</Link>
          </p>
        </>
      ) : valid ? (
        <form method="post" action="/reseau/desinscription/confirmer" className="mt-6 flex flex-col items-start gap-4">
          <p className="text-lg">{t.unsubscribeIntro}</p>
          <input type="hidden" name="jeton" value={token} />
          <input type="hidden" name="lang" value={locale} />
          <Button>{t.unsubscribeButton}</Button>
        </form>
      ) : (
        <>
          <Alert tone="error" className="mt-6">
            {t.unsubscribeInvalid}
          </Alert>
          <p className="mt-4">
            <Link href="/reseau/profil">{t.goToProfile}</Link>
          </p>
        </>
      )}
    </div>
  );
}
