import { clsx } from "clsx";
import type { ImportAnomaly, ImportRun } from "@/db/schema";
import { RUN_STATUS_LABELS, SEVERITY_LABELS } from "@/lib/import/labels";

// The word always carries the meaning; colour and the symbol only help scanning a long table.

const STATUS_STYLES: Record<ImportRun["status"], { className: string; symbol: string }> = {
  succeeded: { className: "bg-green-50 text-green-900 ring-green-700", symbol: "✓" },
  rejected: { className: "bg-red-50 text-red-900 ring-red-700", symbol: "✕" },
  failed: { className: "bg-accent-100 text-accent-800 ring-accent-500", symbol: "!" },
};

const SEVERITY_STYLES: Record<ImportAnomaly["severity"], { className: string; symbol: string }> = {
  error: { className: "bg-red-50 text-red-900 ring-red-700", symbol: "✕" },
  warning: { className: "bg-accent-100 text-accent-800 ring-accent-500", symbol: "!" },
  info: { className: "bg-brand-50 text-brand-800 ring-brand-300", symbol: "i" },
};

function Pill({ className, symbol, label }: { className: string; symbol: string; label: string }) {
  return (
    <span className={clsx("inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ring-1 ring-inset", className)}>
      <span aria-hidden="true">{symbol}</span>
      {label}
    </span>
  );
}

export function RunStatusBadge({ status }: { status: ImportRun["status"] }) {
  return <Pill {...STATUS_STYLES[status]} label={RUN_STATUS_LABELS[status]} />;
}

export function SeverityBadge({ severity }: { severity: ImportAnomaly["severity"] }) {
  return <Pill {...SEVERITY_STYLES[severity]} label={SEVERITY_LABELS[severity]} />;
}
