import { useId } from "react";
import type { ImportTrendPoint } from "@/db/queries/imports";
import { formatDateTime } from "@/lib/admin/format";
import { PORTAL_TIME_ZONE } from "@/lib/dates";
import { formatCount } from "../_lib/format";

/**
 * Formation volumes of the last runs, drawn as plain SVG (no chart library to ship): the file's
 * size as bars, and what changed as lines on their own scale (a few dozen changes would be flat
 * under thousands of formations read). Series differ by dash and marker shape, not colour alone;
 * the figures are also given as a sentence and as a table for screen readers and for copying.
 */

const W = 640;
const H = 190;
const PAD = { left: 52, right: 12, top: 12, bottom: 30 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

const shortDate = new Intl.DateTimeFormat("fr-FR", { timeZone: PORTAL_TIME_ZONE, day: "2-digit", month: "2-digit" });
const shortTime = new Intl.DateTimeFormat("fr-FR", { timeZone: PORTAL_TIME_ZONE, hour: "2-digit", minute: "2-digit" });

type ChangeKey = "created" | "updated" | "withdrawn";
const CHANGE_SERIES: { key: ChangeKey; label: string; className: string; dash?: string; marker: "circle" | "square" | "triangle" }[] = [
  { key: "created", label: "Créées", className: "text-brand-700", marker: "circle" },
  { key: "updated", label: "Mises à jour", className: "text-accent-800", dash: "7 4", marker: "square" },
  { key: "withdrawn", label: "Retirées", className: "text-red-700", dash: "2 3", marker: "triangle" },
];

/** 1, 2 or 5 times a power of ten, at least `value` (and at least 1). */
function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= value) ?? 10 * power;
}

function xCenter(i: number, n: number): number {
  return PAD.left + (PLOT_W / n) * (i + 0.5);
}

function yOf(value: number, max: number): number {
  return PAD.top + PLOT_H - (value / max) * PLOT_H;
}

function Axes({ max, points }: { max: number; points: ImportTrendPoint[] }) {
  const ticks = [0, max / 2, max];
  const n = points.length;
  const labelled = n > 2 ? [0, Math.floor((n - 1) / 2), n - 1] : points.map((_, i) => i);
  // Runs of a single day (a first install, tests) are told apart by their time.
  const oneDay = shortDate.format(points[0]!.startedAt) === shortDate.format(points[n - 1]!.startedAt);
  const tick = (d: Date) => (oneDay ? shortTime.format(d) : shortDate.format(d));
  return (
    <g className="text-ink-muted" fontSize="11">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={yOf(t, max)} y2={yOf(t, max)} stroke="currentColor" strokeOpacity={t === 0 ? 0.8 : 0.2} />
          <text x={PAD.left - 6} y={yOf(t, max) + 4} textAnchor="end" fill="currentColor">
            {formatCount(t)}
          </text>
        </g>
      ))}
      {labelled.map((i) => (
        <text key={i} x={xCenter(i, n)} y={H - 10} textAnchor="middle" fill="currentColor">
          {tick(points[i]!.startedAt)}
        </text>
      ))}
    </g>
  );
}

function Marker({ shape, x, y }: { shape: "circle" | "square" | "triangle"; x: number; y: number }) {
  if (shape === "circle") return <circle cx={x} cy={y} r={3.5} fill="currentColor" />;
  if (shape === "square") return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill="white" stroke="currentColor" strokeWidth={1.5} />;
  return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y + 3.5}H${x - 4.5}Z`} fill="currentColor" />;
}

function runLabel(p: ImportTrendPoint): string {
  return `Import n° ${p.runId} du ${formatDateTime(p.startedAt)} (${p.fileName})`;
}

function ReadBars({ points, labelId }: { points: ImportTrendPoint[]; labelId: string }) {
  const max = niceMax(Math.max(...points.map((p) => p.read)));
  const barW = Math.max(2, (PLOT_W / points.length) * 0.7);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={labelId} className="h-auto w-full">
      <Axes max={max} points={points} />
      <g className="text-brand-500">
        {points.map((p, i) => (
          <rect key={p.runId} x={xCenter(i, points.length) - barW / 2} y={yOf(p.read, max)} width={barW} height={Math.max(0, PLOT_H + PAD.top - yOf(p.read, max))} fill="currentColor">
            <title>{`${runLabel(p)} : ${formatCount(p.read)} formations lues`}</title>
          </rect>
        ))}
      </g>
    </svg>
  );
}

function ChangeLines({ points, labelId }: { points: ImportTrendPoint[]; labelId: string }) {
  const max = niceMax(Math.max(...points.flatMap((p) => [p.created, p.updated, p.withdrawn])));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={labelId} className="h-auto w-full">
      <Axes max={max} points={points} />
      {CHANGE_SERIES.map((s) => (
        <g key={s.key} className={s.className}>
          <polyline
            points={points.map((p, i) => `${xCenter(i, points.length)},${yOf(p[s.key], max)}`).join(" ")}
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
            strokeDasharray={s.dash}
          />
          {points.map((p, i) => (
            <g key={p.runId}>
              <title>{`${runLabel(p)} : ${formatCount(p[s.key])} ${s.label.toLowerCase()}`}</title>
              <Marker shape={s.marker} x={xCenter(i, points.length)} y={yOf(p[s.key], max)} />
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}

function Legend() {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-ink" aria-label="Légende">
      {CHANGE_SERIES.map((s) => (
        <li key={s.key} className="flex items-center gap-2">
          <svg viewBox="0 0 28 10" aria-hidden="true" focusable="false" className={`h-2.5 w-7 ${s.className}`}>
            <line x1="0" x2="28" y1="5" y2="5" stroke="currentColor" strokeWidth="2" strokeDasharray={s.dash} />
            <Marker shape={s.marker} x={14} y={5} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/** One sentence with what the charts show, for everyone (and the text alternative). */
export function trendSummary(points: ImportTrendPoint[]): string {
  if (!points.length) return "";
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const reads = points.map((p) => p.read);
  const sum = (key: ChangeKey) => formatCount(points.reduce((n, p) => n + p[key], 0));
  const span = points.length === 1 ? `le ${formatDateTime(first.startedAt)}` : `du ${formatDateTime(first.startedAt)} au ${formatDateTime(last.startedAt)}`;
  return (
    `${points.length === 1 ? "Dernier import réussi" : `${points.length} derniers imports réussis`}, ${span} : ` +
    `de ${formatCount(Math.min(...reads))} à ${formatCount(Math.max(...reads))} formations lues par fichier ` +
    `(${formatCount(last.read)} au dernier import) ; au total ${sum("created")} créées, ${sum("updated")} mises à jour et ${sum("withdrawn")} retirées.`
  );
}

export function TrendChart({ points }: { points: ImportTrendPoint[] }) {
  const id = useId();
  if (!points.length) {
    return <p className="text-ink-muted">Aucun import réussi pour le moment : l&apos;évolution des volumes apparaîtra après le premier import.</p>;
  }
  return (
    <div className="flex flex-col gap-4">
      <p>{trendSummary(points)}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <figure className="rounded-card border border-line bg-white p-4">
          <figcaption id={`${id}-lues`} className="mb-2 font-semibold text-ink">
            Formations lues par import
          </figcaption>
          <ReadBars points={points} labelId={`${id}-lues`} />
        </figure>
        <figure className="rounded-card border border-line bg-white p-4">
          <figcaption id={`${id}-changements`} className="mb-2 font-semibold text-ink">
            Formations créées, mises à jour et retirées par import
          </figcaption>
          <ChangeLines points={points} labelId={`${id}-changements`} />
          <Legend />
        </figure>
      </div>
      <details className="rounded-card border border-line bg-surface px-4 py-3">
        <summary className="cursor-pointer font-semibold text-brand-800">Afficher les données des graphiques sous forme de tableau</summary>
        <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Données des graphiques">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Volumes de formations des {points.length} derniers imports réussis, du plus ancien au plus récent</caption>
            <thead>
              <tr className="border-b border-line">
                {["Import", "Date", "Fichier", "Lues", "Créées", "Mises à jour", "Retirées"].map((h) => (
                  <th key={h} scope="col" className="px-2 py-1.5 font-semibold">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.runId} className="border-b border-line last:border-0">
                  <th scope="row" className="px-2 py-1.5 font-semibold">
                    n° {p.runId}
                  </th>
                  <td className="px-2 py-1.5 whitespace-nowrap">{formatDateTime(p.startedAt)}</td>
                  <td className="px-2 py-1.5 break-all">{p.fileName}</td>
                  {[p.read, p.created, p.updated, p.withdrawn].map((v, i) => (
                    <td key={i} className="px-2 py-1.5 text-right tabular-nums">
                      {formatCount(v)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
