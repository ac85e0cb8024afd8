import { connection } from "next/server";
import { getDb } from "@/db";
import { getCatalogStats } from "@/db/queries/catalog-stats";
import { listUpcomingEvents } from "@/db/queries/editorial";
import { listUpcomingFormations } from "@/db/queries/formations";
import { listLatestNews } from "@/db/queries/news";
import { listTradeGreatDomains } from "@/db/queries/trades";
import { isoDateInTimeZone } from "@/lib/dates";
import { getSiteConfig } from "@/lib/site-config";
import { CatalogFigures } from "./_components/catalog-figures";
import { Hero } from "./_components/hero";
import { LatestNews } from "./_components/latest-news";
import { ProfileEntryPoints } from "./_components/profile-entry-points";
import { TradeDomains } from "./_components/trade-domains";
import { UpcomingEvents } from "./_components/upcoming-events";
import { UpcomingFormations } from "./_components/upcoming-formations";

export default async function HomePage() {
  // Live figures: never prerendered, so `next build` does not need a database.
  await connection();
  const { regionName } = await getSiteConfig();
  const db = getDb();
  const today = isoDateInTimeZone();
  const [stats, upcoming, domains, events, news] = await Promise.all([
    getCatalogStats(db, { today }),
    listUpcomingFormations(db, { limit: 6, today }),
    listTradeGreatDomains(db),
    listUpcomingEvents(db, { limit: 3, now: new Date() }),
    listLatestNews(db, { limit: 3 }),
  ]);

  return (
    <>
      <Hero regionName={regionName} />
      <CatalogFigures stats={stats} />
      <div className="space-y-16 py-16 sm:space-y-20 sm:py-20">
        <ProfileEntryPoints />
        <UpcomingFormations formations={upcoming} regionName={regionName} />
        <UpcomingEvents events={events} />
        <LatestNews items={news} />
        <TradeDomains domains={domains} />
      </div>
    </>
  );
}
