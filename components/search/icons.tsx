import { clsx } from "clsx";

/**
 * Pictograms of result meta lines. Always decorative: the text next to them (or an sr-only label)
 * carries the meaning, so they are hidden from assistive technologies.
 */
const paths = {
  building: (
    <>
      <path d="M4 17V4.5L11 3v14M11 7.5l5 1.5v8M2.5 17h15" />
      <path d="M6.5 7h2M6.5 10h2M6.5 13h2" />
    </>
  ),
  pin: (
    <>
      <path d="M10 17.5s5.5-5 5.5-9.25a5.5 5.5 0 1 0-11 0C4.5 12.5 10 17.5 10 17.5Z" />
      <circle cx="10" cy="8.25" r="2" />
    </>
  ),
  calendar: (
    <>
      <rect x="3" y="4.5" width="14" height="12.5" rx="1.5" />
      <path d="M3 8.5h14M7 2.75v3.5M13 2.75v3.5" />
    </>
  ),
  level: <path d="M3 16.5h4v-4h4v-4h4v-4h2" />,
  clock: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M10 6v4.25l2.75 1.75" />
    </>
  ),
  euro: <path d="M14.5 5.5a5.5 5.5 0 1 0 0 9M3.5 8.5h7M3.5 11.5h7" />,
  briefcase: (
    <>
      <rect x="2.75" y="6" width="14.5" height="10.5" rx="1.5" />
      <path d="M7 6V4.5A1.5 1.5 0 0 1 8.5 3h3A1.5 1.5 0 0 1 13 4.5V6M2.75 10.5h14.5" />
    </>
  ),
  laptop: (
    <>
      <rect x="4" y="4" width="12" height="8.5" rx="1" />
      <path d="M2 15.5h16" />
    </>
  ),
  certificate: (
    <>
      <circle cx="10" cy="8" r="4.5" />
      <path d="m7.5 11.75-1 5.25 3.5-1.75 3.5 1.75-1-5.25" />
    </>
  ),
  users: (
    <>
      <circle cx="7.5" cy="7" r="2.75" />
      <path d="M2.5 16.5a5 5 0 0 1 10 0M13 4.5a2.75 2.75 0 0 1 0 5.25M14.75 12a5 5 0 0 1 2.75 4.5" />
    </>
  ),
  filter: <path d="M3 4.5h14l-5.5 6.5v5l-3 1.5V11L3 4.5Z" />,
  close: <path d="m5.5 5.5 9 9M14.5 5.5l-9 9" />,
  arrowLeft: <path d="M16 10H4.5M9 5l-5 5 5 5" />,
  arrowRight: <path d="M4 10h11.5M11 5l5 5-5 5" />,
  chevronDown: <path d="m5 7.5 5 5 5-5" />,
  search: (
    <>
      <circle cx="9" cy="9" r="5.5" />
      <path d="m13 13 4 4" />
    </>
  ),
  external: <path d="M11 3.5h5.5V9M16.5 3.5 9 11M14 12v4.5H3.5V6H8" />,
  accessibility: (
    <>
      <circle cx="10" cy="3.75" r="1.5" />
      <path d="M4 7.25 10 8.5l6-1.25M10 8.5V12l-3 5M10 12l3 5" />
    </>
  ),
  phone: (
    <path d="M5.5 2.75h2.25l1.25 3.5-1.75 1.25a9 9 0 0 0 5.25 5.25l1.25-1.75 3.5 1.25v2.25a1.75 1.75 0 0 1-1.75 1.75A13.25 13.25 0 0 1 3.75 4.5 1.75 1.75 0 0 1 5.5 2.75Z" />
  ),
  mail: (
    <>
      <rect x="2.75" y="4.5" width="14.5" height="11" rx="1.5" />
      <path d="m3.25 5.25 6.75 5.5 6.75-5.5" />
    </>
  ),
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={clsx("size-4.5 shrink-0", className)}
    >
      {paths[name]}
    </svg>
  );
}
