import { clsx } from "clsx";
import Link from "next/link";
import { fr } from "@/lib/i18n/fr";

export type AgendaView = "liste" | "calendrier";

type ViewSwitchProps = { current: AgendaView; listHref: string; calendarHref: string };

/** "Liste | Calendrier": two links keeping the filters, the shown view marked with aria-current. */
export function ViewSwitch({ current, listHref, calendarHref }: ViewSwitchProps) {
  const v = fr.agenda.views;
  const views = [
    { view: "liste" as const, href: listHref, label: v.list },
    { view: "calendrier" as const, href: calendarHref, label: v.calendar },
  ];
  return (
    <nav aria-label={v.label}>
      <ul role="list" className="inline-flex gap-1 rounded-lg border border-line bg-white p-1">
        {views.map(({ view, href, label }) => (
          <li key={view}>
            <Link
              href={href}
              aria-current={view === current ? "page" : undefined}
              className={clsx(
                "inline-flex min-h-10 items-center rounded-md px-4 font-semibold",
                view === current ? "bg-brand-700 text-white" : "text-brand-700 underline hover:bg-brand-50",
              )}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
