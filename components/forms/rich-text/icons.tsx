/** Toolbar pictograms (24×24, drawn with the current colour); the buttons carry the words. */
const PATHS = {
  undo: "M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",
  redo: "m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13",
  paragraph: "M13 4v16M17 4v16M19 4H9.5a4.5 4.5 0 0 0 0 9H13",
  bold: "M6 4h7.5a4 4 0 0 1 0 8H6zM6 12h8.5a4 4 0 0 1 0 8H6z",
  italic: "M19 4h-9M14 20H5M15 4 9 20",
  bulletList: "M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01",
  orderedList: "M10 6h11M10 12h11M10 18h11M4 4h1.5v5M4 9h3M7 20H4c0-1.5 3-2.5 3-4 0-.8-.7-1.3-1.5-1.3S4 15.3 4 16",
  quote: "M4 17h4l2-4V6H4v7h3zM14 17h4l2-4V6h-6v7h3z",
  link: "M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7",
  unlink: "M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7M3 3l18 18",
  image: "M3 5h18v14H3zM21 15l-5-5L5 19M8.5 10.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3",
  video: "M3 6h18v12H3zM10 9.5v5l4.5-2.5z",
  table: "M3 5h18v14H3zM3 10h18M3 15h18M9 10v9M15 10v9",
} as const;

export type IconName = keyof typeof PATHS;

export function ToolbarIcon({ name }: { name: IconName }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      className="size-5"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
