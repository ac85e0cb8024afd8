import type { Metadata } from "next";
import Link from "next/link";
import { PostCards } from "@/components/network/post-cards";
import { TalentCard } from "@/components/network/talent-card";
import { getDb } from "@/db";
import { getOrganisationName } from "@/db/queries/network-home";
import { listPublishedNews, listUpcomingEvents } from "@/db/queries/network-posts";
import { getCurrentUser } from "@/lib/auth";
import { type Action, can } from "@/lib/auth/permissions";
import { getNetworkStanding } from "@/lib/network/access";
import { networkAdminLevel } from "@/lib/network/admin-level";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, type NetworkLocale, pick } from "@/lib/network/i18n";
import { coreStrings } from "@/lib/network/i18n/core";
import { type HomeStrings, homeStrings } from "@/lib/network/i18n/home";
import { getFeaturedTalentsFor } from "@/lib/network/talents";
import { NetworkPresentation } from "./_components/network-presentation";
import { type Shortcut, ShortcutList } from "./_components/shortcut-list";

type HomeProps = { searchParams: Promise<{ lang?: string | string[] }> };

export async function generateMetadata({ searchParams }: HomeProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(coreStrings, locale).networkShortName, robots: { index: false, follow: false } };
}

type ShortcutKey = keyof HomeStrings["shortcuts"];

/** Each kind of member gets their own interface: welcome, intro and shortcuts. */
const SHORTCUTS: Record<"alumni" | "organisation" | "admin", { key: ShortcutKey; href: string; permission?: Action }[]> = {
  alumni: [
    { key: "directory", href: "/reseau/annuaire" },
    { key: "profile", href: "/reseau/profil" },
    { key: "privacy", href: "/reseau/aide#confidentialite" },
    { key: "posts", href: "/reseau/actualites" },
  ],
  organisation: [
    { key: "directoryOrganisation", href: "/reseau/annuaire" },
    { key: "whatYouSee", href: "/reseau/aide#ce-que-vous-voyez" },
    { key: "posts", href: "/reseau/actualites" },
    { key: "account", href: "/reseau/profil" },
  ],
  admin: [
    { key: "requests", href: "/reseau/admin/demandes", permission: "network:read_all" },
    { key: "members", href: "/reseau/admin/membres", permission: "network:read_all" },
    { key: "talents", href: "/reseau/admin/talents", permission: "network:publish" },
    { key: "postsAdmin", href: "/reseau/admin/actualites", permission: "network:read_all" },
    { key: "newsletters", href: "/reseau/admin/lettres", permission: "network:read_all" },
    { key: "directory", href: "/reseau/annuaire" },
    { key: "adminHelp", href: "/reseau/aide#administration" },
  ],
};

/**
 * The members' home; visitors, applicants and other signed-in users get the network's
 * presentation instead (the portal links here from every page's footer), never a refusal.
 */
export default async function NetworkHomePage({ searchParams }: HomeProps) {
  const locale: NetworkLocale = await getNetworkLocale((await searchParams).lang);
  const signedIn = await getCurrentUser();
  const standing = signedIn ? await getNetworkStanding(getDb(), signedIn) : "anonymous";
  if (standing !== "member") return <NetworkPresentation visitor={standing} locale={locale} />;

  const { user, viewer, member } = await requireNetworkAccess("/reseau");
  const t = pick(homeStrings, locale);
  const core = pick(coreStrings, locale);
  const db = getDb();
  const area = viewer === "alumni" ? "alumni" : viewer === "organisation_member" ? "organisation" : "admin";

  const [talents, events, news, organisation] = await Promise.all([
    getFeaturedTalentsFor(db, viewer),
    listUpcomingEvents(db, { limit: 3 }),
    listPublishedNews(db, { limit: 3 }),
    area === "organisation" ? getOrganisationName(db, { id: member?.organisationId }) : Promise.resolve(null),
  ]);

  const name = user.name?.trim() || user.email;
  const level = networkAdminLevel(user);
  const heading =
    area === "alumni" ? t.alumni.title(name) : area === "organisation" ? t.organisation.title(name) : t.admin.title;
  const intro =
    area === "alumni" ? t.alumni.intro : area === "organisation" ? t.organisation.intro(organisation) : t.admin.intro;
  const shortcuts: Shortcut[] = SHORTCUTS[area]
    .filter((entry) => !entry.permission || can(user, entry.permission))
    .map((entry) => ({ href: entry.href, ...t.shortcuts[entry.key] }));

  return (
    <div lang={locale} className="page-container space-y-12 py-8">
      <header>
        <h1 className="text-3xl font-extrabold tracking-tight text-brand-900">{heading}</h1>
        <p className="mt-3 max-w-3xl text-lg text-ink-muted">{intro}</p>
        {area === "admin" && level && (
          <p className="mt-2 text-ink">
            {t.admin.role(core.adminLevels[level], member?.adminScope ? core.adminScopes[member.adminScope] : null)}
          </p>
        )}
      </header>

      <section aria-labelledby="acces-rapides">
        <h2 id="acces-rapides" className="text-2xl font-bold text-brand-900">
          {t.shortcutsHeading}
        </h2>
        <ShortcutList items={shortcuts} />
      </section>

      <section aria-labelledby="talents">
        <h2 id="talents" className="text-2xl font-bold text-brand-900">
          {t.talentsHeading}
        </h2>
        <p className="mt-2 text-ink-muted">{t.talentsIntro}</p>
        {talents.length > 0 ? (
          <ul className="mt-5 grid gap-5 md:grid-cols-2 lg:grid-cols-3">
            {talents.map((talent) => (
              <li key={talent.userId}>
                <TalentCard talent={talent} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4">{t.noTalents}</p>
        )}
        {can(user, "network:publish") && (
          <p className="mt-4">
            <Link href="/reseau/admin/talents" className="font-semibold">
              {t.manageTalents}
            </Link>
          </p>
        )}
      </section>

      <section aria-labelledby="evenements">
        <h2 id="evenements" className="text-2xl font-bold text-brand-900">
          {t.eventsHeading}
        </h2>
        <div className="mt-5">{events.length > 0 ? <PostCards posts={events} locale={locale} /> : <p>{t.noEvents}</p>}</div>
      </section>

      <section aria-labelledby="actualites">
        <h2 id="actualites" className="text-2xl font-bold text-brand-900">
          {t.newsHeading}
        </h2>
        <div className="mt-5">{news.length > 0 ? <PostCards posts={news} locale={locale} /> : <p>{t.noNews}</p>}</div>
        <p className="mt-5">
          <Link href="/reseau/actualites" className="font-semibold">
            {t.seeAllPosts}
          </Link>
        </p>
      </section>
    </div>
  );
}
