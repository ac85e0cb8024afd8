import { getDb } from "@/db";
import { feedQueryString, loadFeedEvents } from "@/lib/agenda/events-source";
import { buildAgendaFeed } from "@/lib/agenda/ical";
import { getEnv } from "@/lib/env";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import { labelEventCriteria } from "../_components/event-filters";

/** Most characters of the feed's name: calendar apps show it in a narrow sidebar. */
const MAX_NAME = 120;
const REFRESH_SECONDS = 6 * 3600;

/**
 * The subscribable agenda (webcal:// or https://): published events running or to come, filtered
 * by the same parameters as /evenements (q, type, format, profil, dep, lieu and rayon).
 */
export async function GET(request: Request): Promise<Response> {
  const env = getEnv();
  const now = new Date();
  const { events, state, place } = await loadFeedEvents(
    { db: getDb(), engine: getSearchEngine() },
    new URL(request.url).searchParams,
    now,
  );
  const s = fr.agenda.subscribe;
  const criteria = [state.q, ...labelEventCriteria(state, place?.label ?? null).map((criterion) => criterion.label)]
    .filter(Boolean)
    .join(" · ");
  const name = criteria ? `${s.feedName(env.SITE_NAME)} – ${criteria}` : s.feedName(env.SITE_NAME);
  const query = feedQueryString(state);
  const body = buildAgendaFeed(
    events,
    { siteUrl: env.SITE_URL, siteName: env.SITE_NAME },
    {
      name: name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name,
      description: s.feedDescription(env.REGION_NAME),
      feedUrl: `${env.SITE_URL}/evenements/agenda.ics${query}`,
      pageUrl: `${env.SITE_URL}/evenements${query}`,
      refreshSeconds: REFRESH_SECONDS,
    },
    now,
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      // Inline: a subscription is read by the calendar app, not saved by the browser.
      "Content-Disposition": 'inline; filename="agenda.ics"',
      "Cache-Control": "public, max-age=900",
    },
  });
}
