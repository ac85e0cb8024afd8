import { fr } from "@/lib/i18n/fr";

type SubscribePanelProps = {
  /** Absolute https address of the feed, with the page's filters. */
  feedUrl: string;
};

/**
 * "S'abonner à l'agenda": the iCal feed of the current filters, as a webcal:// link (calendar apps
 * open it and subscribe) and as the plain address, for apps that ask for a URL to paste.
 */
export function SubscribePanel({ feedUrl }: SubscribePanelProps) {
  const s = fr.agenda.subscribe;
  const webcal = feedUrl.replace(/^https?:/, "webcal:");
  return (
    <section aria-labelledby="abonnement-agenda" className="mt-10 rounded-card border border-line bg-surface p-5">
      <h3 id="abonnement-agenda" className="text-lg font-bold text-brand-900">
        {s.heading}
      </h3>
      <p className="mt-2 max-w-3xl">{s.text}</p>
      <ul role="list" className="mt-3 space-y-2">
        <li>
          <a href={webcal} className="font-semibold text-brand-700 underline">
            {s.webcal}
          </a>
        </li>
        <li>
          <a href={feedUrl} className="font-semibold text-brand-700 underline">
            {s.https}
          </a>
          <code className="mt-1 block break-all rounded bg-white px-2 py-1 text-sm text-ink">{feedUrl}</code>
        </li>
      </ul>
    </section>
  );
}
