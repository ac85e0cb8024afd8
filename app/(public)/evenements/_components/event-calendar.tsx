import { clsx } from "clsx";
import Link from "next/link";
import { Icon } from "@/components/search/icons";
import {
  buildMonthGrid,
  type DayEntry,
  formatCalendarDay,
  formatMonth,
  groupByDay,
  type MonthKey,
  shiftMonth,
  WEEKDAYS,
} from "@/lib/agenda/calendar";
import { formatTime } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";

export type CalendarEvent = { id: number; slug: string; title: string; startsAt: Date; endsAt: Date | null };

type EventCalendarProps = {
  month: MonthKey;
  /** The month of today, for the "back to this month" link. */
  currentMonth: MonthKey;
  /** Today's ISO date in Paris, marked on the grid. */
  today: string;
  events: readonly CalendarEvent[];
  monthHref: (month: MonthKey) => string;
  /** For an empty month: the next month with a matching event, if any. */
  nextMonth?: MonthKey | null;
  /** The list view of one day (shown when a cell has more events than it can hold). */
  dayHref: (isoDate: string) => string;
  /** Set when the month holds more events than were fetched. */
  truncatedAt?: number | null;
};

/** Events a grid cell shows before linking to the day's list. */
const CELL_LIMIT = 3;
const c = fr.agenda.calendar;

/** "9 h 30" on the first day, "suite" on the days between, "jusqu'à 17 h" on the last one. */
function entryTime(entry: DayEntry<CalendarEvent>): { label: string; dateTime: string } {
  const { item, startsHere, endsHere } = entry;
  if (startsHere) return { label: formatTime(item.startsAt), dateTime: item.startsAt.toISOString() };
  const end = item.endsAt ?? item.startsAt;
  if (endsHere) return { label: c.until(formatTime(end)), dateTime: end.toISOString() };
  return { label: c.continued, dateTime: item.startsAt.toISOString() };
}

function EntryLink({ entry, compact }: { entry: DayEntry<CalendarEvent>; compact: boolean }) {
  const time = entryTime(entry);
  return (
    <Link
      href={`/evenements/${entry.item.slug}`}
      className={clsx(
        "block rounded-md border-l-4 text-brand-900 underline-offset-2 hover:underline",
        entry.startsHere ? "border-brand-600 bg-brand-50" : "border-brand-300 bg-surface",
        compact ? "px-1.5 py-1 text-xs leading-snug" : "px-3 py-2",
      )}
    >
      <time dateTime={time.dateTime} className="block font-semibold text-brand-700">
        {time.label}
      </time>
      <span className="block hyphens-auto break-words">{entry.item.title}</span>
    </Link>
  );
}

/**
 * The agenda as a month grid (a table: weeks in rows, Monday first, day names as column headers)
 * from the md breakpoint, and below it the days that have events as a list, which reads better
 * on a phone. Both come from the same data; the hidden one is display:none for everyone.
 */
export function EventCalendar(props: EventCalendarProps) {
  const { month, today, events } = props;
  const monthLabel = formatMonth(month);
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  const byDay = groupByDay(events, month);
  const daysWithEvents = [...byDay.keys()].sort();
  const navLink = "inline-flex min-h-11 items-center gap-1.5 rounded-lg px-3 font-semibold text-brand-700 underline hover:bg-brand-50";
  const titleId = `calendrier-${month}`;

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-line pb-3">
        <h3 id={titleId} className="text-xl font-bold text-brand-900">
          {monthLabel}
        </h3>
        <nav aria-label={c.navigation}>
          <ul role="list" className="flex flex-wrap gap-1">
            <li>
              <Link href={props.monthHref(previous)} className={navLink}>
                <Icon name="arrowLeft" />
                <span className="sr-only">{c.previous} : </span>
                {formatMonth(previous)}
              </Link>
            </li>
            <li>
              <Link href={props.monthHref(next)} className={navLink}>
                <span className="sr-only">{c.next} : </span>
                {formatMonth(next)}
                <Icon name="arrowRight" />
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      {month !== props.currentMonth && (
        <p className="mt-3">
          <Link href={props.monthHref(props.currentMonth)} className="font-semibold text-brand-700 underline">
            {c.thisMonth}
          </Link>
        </p>
      )}
      {props.truncatedAt && (
        <p role="note" className="mt-4 rounded-card border-l-4 border-accent-400 bg-accent-100/60 p-3 text-sm">
          {c.truncated(props.truncatedAt)}
        </p>
      )}
      {events.length === 0 && (
        <div className="mt-4 rounded-card border border-line bg-surface p-4">
          <p className="font-semibold text-brand-900">{c.empty(monthLabel.toLowerCase())}</p>
          {props.nextMonth ? (
            <p className="mt-1">
              {c.nextEvent(formatMonth(props.nextMonth).toLowerCase())}{" "}
              <Link href={props.monthHref(props.nextMonth)} className="font-semibold text-brand-700 underline">
                {c.showMonth(formatMonth(props.nextMonth).toLowerCase())}
              </Link>
            </p>
          ) : (
            <p className="mt-1 text-ink-muted">{c.emptyHint}</p>
          )}
        </div>
      )}

      <table className="mt-4 hidden w-full table-fixed border-collapse md:table">
        <caption className="sr-only">{c.caption(monthLabel.toLowerCase())}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((weekday) => (
              <th key={weekday.long} scope="col" abbr={weekday.short} className="pb-2 text-sm font-semibold text-ink-muted">
                <span aria-hidden="true" className="xl:hidden">
                  {weekday.short}
                </span>
                <span className="sr-only xl:not-sr-only">{weekday.long}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {buildMonthGrid(month).map((week) => (
            <tr key={week[0]?.date}>
              {week.map((day) => {
                if (!day.inMonth) return <td key={day.date} className="border border-line bg-surface" />;
                const entries = byDay.get(day.date) ?? [];
                const isToday = day.date === today;
                return (
                  <td
                    key={day.date}
                    aria-current={isToday ? "date" : undefined}
                    className={clsx("h-28 border border-line p-1.5 align-top", isToday && "bg-brand-50/60")}
                  >
                    <p className="mb-1 text-sm">
                      <time
                        dateTime={day.date}
                        className={clsx(
                          "inline-flex size-7 items-center justify-center rounded-full font-semibold",
                          isToday ? "bg-brand-700 text-white" : "text-ink",
                        )}
                      >
                        {day.day}
                      </time>
                      {isToday && <span className="sr-only"> ({c.today})</span>}
                    </p>
                    {entries.length > 0 && (
                      <ul role="list" className="space-y-1">
                        {entries.slice(0, CELL_LIMIT).map((entry) => (
                          <li key={entry.item.id}>
                            <EntryLink entry={entry} compact />
                          </li>
                        ))}
                        {entries.length > CELL_LIMIT && (
                          <li>
                            <Link href={props.dayHref(day.date)} className="text-xs font-semibold text-brand-700 underline">
                              {c.more(entries.length - CELL_LIMIT)}
                              <span className="sr-only"> {c.moreOn(formatCalendarDay(day.date))}</span>
                            </Link>
                          </li>
                        )}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>

      {daysWithEvents.length > 0 && (
        <ol role="list" aria-labelledby={titleId} className="mt-4 space-y-6 md:hidden">
          {daysWithEvents.map((date) => (
            <li key={date}>
              <h4 className="text-lg font-bold text-brand-900" aria-current={date === today ? "date" : undefined}>
                <time dateTime={date}>{formatCalendarDay(date)}</time>
                {date === today && <span className="font-normal text-ink-muted"> ({c.today})</span>}
              </h4>
              <ul role="list" className="mt-2 space-y-2">
                {(byDay.get(date) ?? []).map((entry) => (
                  <li key={entry.item.id}>
                    <EntryLink entry={entry} compact={false} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
