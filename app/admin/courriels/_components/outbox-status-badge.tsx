import { Badge } from "@/components/ui/badge";
import { OUTBOX_STATUS_LABELS } from "@/lib/admin/labels";

/** The status in words; the tone only repeats it. */
export function OutboxStatusBadge({ status }: { status: keyof typeof OUTBOX_STATUS_LABELS }) {
  return <Badge tone={status === "failed" ? "accent" : status === "sent" ? "brand" : "neutral"}>{OUTBOX_STATUS_LABELS[status]}</Badge>;
}
