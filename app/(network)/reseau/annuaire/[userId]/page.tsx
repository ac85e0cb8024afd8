import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getDirectoryProfile } from "@/db/queries/network-directory";
import { directoryColumns, formatFieldValue } from "@/lib/network/directory/columns";
import { requireNetworkAccess } from "@/lib/network/guards";
import { isNetworkLocale, pick } from "@/lib/network/i18n";
import { directoryStrings } from "@/lib/network/i18n/directory";

type ProfilePageProps = {
  params: Promise<{ userId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** One approved alumni's profile, with exactly the fields the viewer may see (404 otherwise). */
export default async function DirectoryProfilePage({ params, searchParams }: ProfilePageProps) {
  const { userId } = await params;
  const langParam = (await searchParams).lang;
  const lang = isNetworkLocale(langParam) ? langParam : null;
  const ctx = await requireNetworkAccess(`/reseau/annuaire/${encodeURIComponent(userId)}`);
  const locale = lang ?? ctx.locale;
  const t = pick(directoryStrings, locale);
  const profile = await getDirectoryProfile(getDb(), { viewer: ctx.viewer, userId });
  if (!profile) notFound();
  const name = [profile.firstName, profile.lastName].filter(Boolean).join(" ");

  return (
    <div lang={locale} className="page-container py-8">
      <p>
        <Link href={`/reseau/annuaire${lang ? `?lang=${lang}` : ""}`} className="font-semibold text-brand-700 underline hover:text-brand-900">
          {t.profileBack}
        </Link>
      </p>
      <p className="mt-6 text-sm font-semibold tracking-wide text-ink-muted uppercase">{t.profileTitle}</p>
      <h1 className="mt-1 text-3xl font-extrabold tracking-tight text-brand-900">{name}</h1>
      {profile.featured && (
        <p className="mt-2">
          <span className="inline-block rounded-full bg-accent-100 px-3 py-1 text-sm font-semibold text-accent-800">{t.featured}</span>
        </p>
      )}
      <dl className="mt-6 grid max-w-3xl gap-x-6 gap-y-3 rounded-xl border border-line bg-white p-5 sm:grid-cols-[auto_1fr]">
        {directoryColumns(ctx.viewer, locale).map((column) => {
          const text = formatFieldValue(column.field, profile[column.field], locale);
          return (
            <div key={column.field} className="contents">
              <dt className="font-semibold text-ink">{column.label}</dt>
              <dd className="text-ink">
                {!text ? (
                  <span className="text-ink-muted">{t.notProvided}</span>
                ) : column.field === "contactEmail" ? (
                  <a href={`mailto:${text}`} className="text-brand-700 underline">
                    {text}
                  </a>
                ) : column.field === "contactPhone" ? (
                  <a href={`tel:${text.replace(/[^\d+]/g, "")}`} className="text-brand-700 underline">
                    {text}
                  </a>
                ) : (
                  text
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
