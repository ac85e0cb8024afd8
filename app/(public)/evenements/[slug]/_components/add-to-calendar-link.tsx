import { Icon } from "@/components/search/icons";
import { fr } from "@/lib/i18n/fr";

/** Downloads the event as an .ics file, which calendar apps (and phones) offer to add. */
export function AddToCalendarLink({ slug }: { slug: string }) {
  return (
    <a
      href={`/evenements/${encodeURIComponent(slug)}/ical`}
      download
      className="inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-brand-300 bg-white px-4 py-2 text-base font-semibold text-brand-800 no-underline transition-colors hover:border-brand-700 hover:bg-brand-50"
    >
      <Icon name="calendar" className="size-5" />
      {fr.agenda.addToCalendar}
      <span className="sr-only"> {fr.agenda.addToCalendarHint}</span>
    </a>
  );
}
