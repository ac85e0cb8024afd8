import type { Metadata } from "next";
import Link from "next/link";
import { networkAdminLevel } from "@/lib/network/admin-level";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, type NetworkLocale, pick } from "@/lib/network/i18n";
import { coreStrings } from "@/lib/network/i18n/core";
import { directoryStrings } from "@/lib/network/i18n/directory";
import { type HelpStrings, helpStrings } from "@/lib/network/i18n/help";
import { ALUMNI_FIELDS, type AlumniField, canSeeField, searchableCriteria, visibleFields } from "@/lib/network/matrix";
import { FieldList, HelpSection } from "./_components/help-section";
import { AdminLevelsTable, FieldVisibilityTable, SearchAccessTable } from "./_components/help-tables";

type HelpPageProps = { searchParams: Promise<{ lang?: string | string[] }> };

export async function generateMetadata({ searchParams }: HelpPageProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(helpStrings, locale).title, robots: { index: false, follow: false } };
}

type Labels = Record<AlumniField, string>;

function AlumniHelp({ t, fields }: { t: HelpStrings; fields: Labels }) {
  const organisationSees = visibleFields("organisation_member");
  return (
    <>
      <HelpSection id="profil" {...t.alumni.profile} />
      <HelpSection id="annuaire" {...t.alumni.directory}>
        <FieldList label={t.alumni.youCanSearch} items={searchableCriteria("alumni").map((c) => fields[c])} />
      </HelpSection>
      <HelpSection id="confidentialite" {...t.alumni.privacy}>
        <FieldList label={t.alumni.organisationsSee} items={organisationSees.map((f) => fields[f])} />
        <FieldList label={t.alumni.organisationsNeverSee} items={ALUMNI_FIELDS.filter((f) => !organisationSees.includes(f)).map((f) => fields[f])} />
        <FieldVisibilityTable
          t={t}
          fields={fields}
          caption={t.alumni.privacyCaption}
          columns={["alumni", "organisation_member", "bricks_admin", "campus_admin"]}
        />
      </HelpSection>
    </>
  );
}

function OrganisationHelp({ t, fields }: { t: HelpStrings; fields: Labels }) {
  const seen = visibleFields("organisation_member");
  const searchable = searchableCriteria("organisation_member");
  const searchedNotShown = searchable.filter((criterion) => !canSeeField("organisation_member", criterion));
  return (
    <>
      <HelpSection id="ce-que-vous-voyez" {...t.organisation.whatYouSee}>
        <FieldList label={t.organisation.youSee} items={seen.map((f) => fields[f])} />
        <FieldList label={t.organisation.youDoNotSee} items={ALUMNI_FIELDS.filter((f) => !seen.includes(f)).map((f) => fields[f])} />
      </HelpSection>
      <HelpSection id="recherche-organismes" {...t.organisation.search}>
        <FieldList label={t.organisation.youCanSearch} items={searchable.map((c) => fields[c])} />
        {searchedNotShown.length > 0 && <p className="max-w-3xl">{t.organisation.searchNotShown(searchedNotShown.map((c) => fields[c]).join(", "))}</p>}
      </HelpSection>
    </>
  );
}

function AdminHelp({ t, fields, level }: { t: HelpStrings; fields: Labels; level: string | null }) {
  const a = t.admin;
  return (
    <HelpSection id="administration" title={a.heading}>
      {level && <p>{a.yourLevel(level)}</p>}
      <HelpSection id="niveaux" level={3} {...a.levels}>
        <AdminLevelsTable t={t} />
      </HelpSection>
      <HelpSection id="approbation" level={3} {...a.approval} />
      <HelpSection id="talents" level={3} {...a.talents} />
      <HelpSection id="publications" level={3} {...a.posts} />
      <HelpSection id="lettres-administration" level={3} {...a.newsletters} />
      <HelpSection id="grille" level={3} {...a.matrix}>
        <FieldVisibilityTable t={t} fields={fields} caption={a.fieldsCaption} />
        <SearchAccessTable t={t} fields={fields} caption={a.searchCaption} />
      </HelpSection>
    </HelpSection>
  );
}

/** The online help, adapted to the reader: alumni, training organisation, or administrator. */
export default async function NetworkHelpPage({ searchParams }: HelpPageProps) {
  const { user, viewer } = await requireNetworkAccess("/reseau/aide");
  const locale: NetworkLocale = await getNetworkLocale((await searchParams).lang);
  const t = pick(helpStrings, locale);
  const fields = pick(directoryStrings, locale).fields;
  const area = viewer === "alumni" ? "alumni" : viewer === "organisation_member" ? "organisation" : "admin";
  const adminLevel = networkAdminLevel(user);
  const levelName = adminLevel ? pick(coreStrings, locale).adminLevels[adminLevel] : null;

  const toc: { id: string; title: string }[] = [
    ...(area === "admin" ? [{ id: "administration", title: t.admin.heading }] : []),
    ...(area !== "organisation"
      ? [
          { id: "profil", title: t.alumni.profile.title },
          { id: "annuaire", title: t.alumni.directory.title },
          { id: "confidentialite", title: t.alumni.privacy.title },
        ]
      : []),
    ...(area !== "alumni"
      ? [
          { id: "ce-que-vous-voyez", title: t.organisation.whatYouSee.title },
          { id: "recherche-organismes", title: t.organisation.search.title },
        ]
      : []),
    { id: "actualites", title: t.common.posts.title },
    { id: "langue", title: t.common.language.title },
    { id: "lettres", title: t.common.newsletters.title },
  ];

  return (
    <div lang={locale} className="page-container space-y-10 py-8">
      <header>
        <h1 className="text-3xl font-extrabold tracking-tight text-brand-900">{t.title}</h1>
        <p className="mt-3 max-w-3xl text-lg text-ink-muted">{t.intro[area]}</p>
      </header>
      <nav aria-label={t.tocLabel}>
        <ul className="list-disc space-y-1 pl-6">
          {toc.map((entry) => (
            <li key={entry.id}>
              <Link href={`#${entry.id}`}>{entry.title}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {area === "admin" && <AdminHelp t={t} fields={fields} level={levelName} />}
      {area !== "organisation" && <AlumniHelp t={t} fields={fields} />}
      {area !== "alumni" && <OrganisationHelp t={t} fields={fields} />}
      <HelpSection id="actualites" {...t.common.posts} />
      <HelpSection id="langue" {...t.common.language} />
      <HelpSection id="lettres" {...t.common.newsletters} />
    </div>
  );
}
