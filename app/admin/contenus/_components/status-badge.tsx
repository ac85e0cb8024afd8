import { clsx } from "clsx";
import { contentStatusText } from "@/lib/cms/labels";
import type { EditorialStatus } from "@/lib/editorial/vocabulary";

// The words always carry the meaning (with the date when scheduled); colour and the symbol only
// help scanning a long list. Every pairing is AA on its own background.
const STYLES: Record<EditorialStatus, { className: string; symbol: string }> = {
  draft: { className: "bg-surface text-ink-muted ring-field", symbol: "✎" },
  scheduled: { className: "bg-accent-100 text-accent-800 ring-accent-500", symbol: "◷" },
  published: { className: "bg-green-50 text-green-900 ring-green-700", symbol: "✓" },
  archived: { className: "bg-white text-ink-muted ring-line", symbol: "▪" },
};

/**
 * State of an editorial record: "Brouillon", "Publié", "Archivé", or "Programmé le 3 déc. 2026 à
 * 9 h" when `status` is "scheduled" (publishedAt is then the planned time).
 */
export function ContentStatusBadge({
  status,
  publishedAt,
}: {
  status: EditorialStatus;
  publishedAt?: Date | string | null;
}) {
  const style = STYLES[status];
  return (
    <span
      className={clsx(
        "inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ring-1 ring-inset",
        style.className,
      )}
    >
      <span aria-hidden="true">{style.symbol}</span>
      {contentStatusText(status, publishedAt)}
    </span>
  );
}
