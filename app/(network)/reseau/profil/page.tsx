import type { Metadata } from "next";
import { AlumniProfileForm } from "@/components/network/alumni-profile-form";
import { MemberNameForm } from "@/components/network/member-name-form";
import { NetworkPage } from "@/components/network/network-page";
import { getDb } from "@/db";
import { getMemberDetail } from "@/db/queries/network-members";
import { countryOptions } from "@/lib/network/countries";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, intlLocale, pick } from "@/lib/network/i18n";
import { coreStrings } from "@/lib/network/i18n/core";
import { profileStrings } from "@/lib/network/i18n/profile";
import { alumniProfileDefaults } from "@/lib/network/profile-defaults";
import { adminLevelOf } from "@/lib/network/profiles";
import { updateOwnAlumniProfileAction, updateOwnNameAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: pick(profileStrings, await getNetworkLocale()).title };
}

/** Each member edits their own profile: alumni the 14 fields, others their name (organisation and admin scope read-only). */
export default async function OwnProfilePage() {
  const { user, viewer, member, locale } = await requireNetworkAccess("/reseau/profil");
  const t = pick(profileStrings, locale);
  const core = pick(coreStrings, locale);
  const detail = await getMemberDetail(getDb(), user.id);
  const isAlumni = member ? member.kind === "alumni" : viewer === "alumni";
  const isAdmin = viewer === "bricks_admin" || viewer === "campus_admin";
  const level = adminLevelOf(user.roles);

  return (
    <NetworkPage title={t.title} intro={<p>{t.intro}</p>}>
      <dl className="mb-8 grid gap-x-6 gap-y-2 rounded-xl border border-line bg-white p-5 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t.accountEmail}</dt>
        <dd>{user.email}</dd>
        {detail?.organisation && (
          <>
            <dt className="font-semibold">{t.organisation}</dt>
            <dd>
              {detail.organisation.name}
              <span className="block text-sm text-ink-muted">{t.organisationNote}</span>
            </dd>
          </>
        )}
        {isAdmin && (
          <>
            <dt className="font-semibold">{t.adminScope}</dt>
            <dd>{core.adminScopes[member?.adminScope ?? (viewer === "campus_admin" ? "campus" : "bricks")]}</dd>
            {level && (
              <>
                <dt className="font-semibold">{t.adminLevel}</dt>
                <dd>
                  {core.adminLevels[level]}
                  <span className="block text-sm text-ink-muted">{t.adminNote}</span>
                </dd>
              </>
            )}
          </>
        )}
        {detail?.profile && (
          <>
            <dt className="font-semibold">{t.lastUpdated}</dt>
            <dd>{new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long" }).format(detail.profile.updatedAt)}</dd>
          </>
        )}
      </dl>
      {isAlumni ? (
        <>
          <p className="mb-6 text-ink-muted">{t.visibilityNote}</p>
          <AlumniProfileForm
            locale={locale}
            countries={countryOptions(locale)}
            defaults={alumniProfileDefaults(detail?.profile ?? null, detail?.user.name ?? null)}
            action={updateOwnAlumniProfileAction}
          />
        </>
      ) : (
        <MemberNameForm locale={locale} name={user.name ?? ""} action={updateOwnNameAction} />
      )}
    </NetworkPage>
  );
}
