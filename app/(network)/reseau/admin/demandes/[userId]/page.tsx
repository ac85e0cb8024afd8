import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NetworkAlert } from "@/components/network/fields";
import { NetworkPage } from "@/components/network/network-page";
import { getDb } from "@/db";
import { getMemberDetail } from "@/db/queries/network-members";
import { can } from "@/lib/auth/permissions";
import { countryLabel } from "@/lib/network/countries";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { coreStrings } from "@/lib/network/i18n/core";
import { membershipAdminStrings } from "@/lib/network/i18n/membership-admin";
import { ALUMNI_FIELD_LABELS } from "@/lib/network/i18n/profile";
import { DecisionButtons } from "../../_components/decision-buttons";
import { formatDate } from "../../_components/member-kind";

type Props = { params: Promise<{ userId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: pick(membershipAdminStrings, await getNetworkLocale()).requestsTitle };
}

/** One request, as linked from the administrators' e-mail: who, which organisation or country, and the decision. */
export default async function MembershipRequestPage({ params }: Props) {
  const { userId } = await params;
  const { user, locale } = await requireNetworkAccess(`/reseau/admin/demandes/${encodeURIComponent(userId)}`, "network:read_all");
  const t = pick(membershipAdminStrings, locale);
  const core = pick(coreStrings, locale);
  const labels = pick(ALUMNI_FIELD_LABELS, locale);
  const detail = await getMemberDetail(getDb(), userId);
  if (!detail?.member || detail.member.kind === "network_admin") notFound();
  const { member, profile, organisation } = detail;
  const name = profile ? `${profile.firstName} ${profile.lastName}` : (detail.user.name ?? detail.user.email);
  const mayDecide = can(user, "network:approve");

  return (
    <NetworkPage title={t.requestTitle(name)}>
      <p className="mb-6">
        <Link href="/reseau/admin/demandes">{t.backToRequests}</Link>
      </p>
      <dl className="grid gap-x-6 gap-y-3 rounded-xl border border-line bg-white p-5 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t.columns.kind}</dt>
        <dd>{core.kinds[member.kind]}</dd>
        <dt className="font-semibold">{t.columns.status}</dt>
        <dd>{core.statuses[member.status]}</dd>
        {profile && (
          <>
            <dt className="font-semibold">{labels.lastName}</dt>
            <dd>{profile.lastName}</dd>
            <dt className="font-semibold">{labels.firstName}</dt>
            <dd>{profile.firstName}</dd>
            <dt className="font-semibold">{labels.countryOfOrigin}</dt>
            <dd>{countryLabel(profile.countryOfOrigin, locale)}</dd>
            <dt className="font-semibold">{labels.company}</dt>
            <dd>{profile.company}</dd>
          </>
        )}
        {!profile && (
          <>
            <dt className="font-semibold">{t.name}</dt>
            <dd>{detail.user.name}</dd>
          </>
        )}
        {member.kind === "organisation_member" && (
          <>
            <dt className="font-semibold">{t.organisation}</dt>
            <dd>{organisation?.name ?? t.noOrganisation}</dd>
          </>
        )}
        <dt className="font-semibold">{t.columns.email}</dt>
        <dd>
          {detail.user.email}
          <span className="block text-sm text-ink-muted">{detail.user.emailVerified ? t.emailVerified : t.emailNotVerified}</span>
        </dd>
        <dt className="font-semibold">{t.columns.date}</dt>
        <dd>{formatDate(member.createdAt, locale)}</dd>
      </dl>
      {member.decidedAt && (
        <p className="mt-4 text-ink-muted">
          {t.decidedBy(detail.decidedBy?.name ?? detail.decidedBy?.email ?? "—", formatDate(member.decidedAt, locale))}
        </p>
      )}
      <div className="mt-8">
        {mayDecide ? (
          <DecisionButtons userId={userId} status={member.status} locale={locale} />
        ) : (
          <NetworkAlert tone="info" locale={locale}>
            {t.readOnly}
          </NetworkAlert>
        )}
      </div>
      {mayDecide && (
        <p className="mt-6">
          <Link href={`/reseau/admin/membres/${encodeURIComponent(userId)}`}>{t.seeProfile}</Link>
        </p>
      )}
    </NetworkPage>
  );
}
