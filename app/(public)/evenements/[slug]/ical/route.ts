import { getDb } from "@/db";
import { getPublishedEvent } from "@/db/queries/editorial";
import { buildEventIcs, icsFileName } from "@/lib/agenda/ical";
import { getEnv } from "@/lib/env";

/** "Ajouter à mon agenda": the event as an .ics file; drafts and unknown slugs are 404 like the page. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const event = await getPublishedEvent(getDb(), { slug });
  if (!event) {
    return new Response("Évènement introuvable.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const env = getEnv();
  const body = buildEventIcs(event, { siteUrl: env.SITE_URL, siteName: env.SITE_NAME });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${icsFileName(event.slug)}"`,
      // Short: an edited or unpublished event should not linger in caches.
      "Cache-Control": "public, max-age=300",
    },
  });
}
