import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlumniProfileForm } from "@/components/network/alumni-profile-form";
import { NetworkPage } from "@/components/network/network-page";
import { getDb } from "@/db";
import { getMemberDetail, listActiveOrganisations } from "@/db/queries/network-members";
import { countryOptions } from "@/lib/network/countries";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { coreStrings } from "@/lib/network/i18n/core";
import { membershipAdminStrings } from "@/lib/network/i18n/membership-admin";
import { alumniProfileDefaults } from "@/lib/network/profile-defaults";
import { adminLevelOf } from "@/lib/network/profiles";
import { adminUpdateAlumniProfileAction } from "../../actions";
import { DecisionButtons } from "../../_components/decision-buttons";
import { MemberAdminForm } from "../../_components/member-admin-form";
import { formatDate } from "../../_components/member-kind";

type Props = { params: Promise<{ userId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: pick(membershipAdminStrings, await getNetworkLocale()).membersTitle };
}

/** A network administrator ("network:approve") edits any member: decision, name, organisation, scope, alumni profile. */
export default async function MemberAdminPage({ params }: Props) {
  const { userId } = await params;
  const { locale } = await requireNetworkAccess(`/reseau/admin/membres/${encodeURIComponent(userId)}`, "network:approve");
  const t = pick(membershipAdminStrings, locale);
  const core = pick(coreStrings, locale);
  const db = getDb();
  const detail = await getMemberDetail(db, userId);
  if (!detail) notFound();
  const { member, profile, user } = detail;
  const level = adminLevelOf(user.roles);
  const name = profile ? `${profile.firstName} ${profile.lastName}` : (user.name ?? user.email);
  const organisations = member?.kind === "organisation_member" ? await listActiveOrganisations(db) : null;

  return (
    <NetworkPage title={t.memberTitle(name)}>
      <p className="mb-6">
        <Link href="/reseau/admin/membres">{t.backToMembers}</Link>
      </p>
      <dl className="grid gap-x-6 gap-y-3 rounded-xl border border-line bg-white p-5 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t.columns.kind}</dt>
        <dd>{member ? core.kinds[member.kind] : t.kindAdmin}</dd>
        {level && (
          <>
            <dt className="font-semibold">{core.adminLevels[level]}</dt>
            <dd>{core.adminScopes[member?.adminScope ?? "bricks"]}</dd>
          </>
        )}
        {member && (
          <>
            <dt className="font-semibold">{t.columns.status}</dt>
            <dd>{core.statuses[member.status]}</dd>
          </>
        )}
        <dt className="font-semibold">{t.columns.email}</dt>
        <dd>
          {user.email}
          <span className="block text-sm text-ink-muted">{user.emailVerified ? t.emailVerified : t.emailNotVerified}</span>
        </dd>
        <dt className="font-semibold">{t.columns.date}</dt>
        <dd>{formatDate(member?.createdAt ?? user.createdAt, locale)}</dd>
      </dl>

      {member && member.kind !== "network_admin" && (
        <section aria-labelledby="membre-decision" className="mt-8">
          <h2 id="membre-decision" className="mb-3 text-xl font-bold text-brand-900">
            {t.columns.status}
          </h2>
          <DecisionButtons userId={userId} status={member.status} locale={locale} />
        </section>
      )}

      <section aria-labelledby="membre-compte" className="mt-10">
        <h2 id="membre-compte" className="mb-4 text-2xl font-bold text-brand-900">
          {t.memberSettings}
        </h2>
        <MemberAdminForm
          locale={locale}
          userId={userId}
          name={user.name ?? ""}
          organisationId={member?.organisationId ?? null}
          organisations={organisations}
          adminScope={level ? (member?.adminScope ?? null) : undefined}
        />
      </section>

      {member?.kind === "alumni" && (
        <section aria-labelledby="membre-profil" className="mt-10">
          <h2 id="membre-profil" className="mb-4 text-2xl font-bold text-brand-900">
            {t.profile}
          </h2>
          <AlumniProfileForm
            locale={locale}
            countries={countryOptions(locale)}
            defaults={alumniProfileDefaults(profile, user.name)}
            action={adminUpdateAlumniProfileAction}
            userId={userId}
          />
        </section>
      )}
    </NetworkPage>
  );
}
