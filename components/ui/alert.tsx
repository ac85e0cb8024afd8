import { clsx } from "clsx";
import type { ReactNode } from "react";

const tones = {
  info: "border-brand-300 bg-brand-50 text-brand-900",
  success: "border-green-700 bg-green-50 text-green-900",
  warning: "border-accent-500 bg-accent-100 text-accent-800",
  error: "border-red-700 bg-red-50 text-red-900",
} as const;

const prefixes = { info: "Information", success: "Succès", warning: "Attention", error: "Erreur" } as const;

type AlertProps = {
  tone: keyof typeof tones;
  title?: string;
  children?: ReactNode;
  /**
   * "alert" for messages that appear after an action and must be announced at once; "status" for
   * polite announcements; none for messages present when the page loads.
   */
  live?: "alert" | "status";
  className?: string;
  id?: string;
};

/** A message box; its meaning is told in words (visually hidden prefix), not by colour alone. */
export function Alert({ tone, title, children, live, className, id }: AlertProps) {
  return (
    <div id={id} role={live} className={clsx("rounded-lg border-l-4 px-4 py-3", tones[tone], className)}>
      {title ? (
        <p className="font-bold">
          <span className="sr-only">{prefixes[tone]} : </span>
          {title}
        </p>
      ) : (
        <span className="sr-only">{prefixes[tone]} : </span>
      )}
      {children && <div className={clsx(title && "mt-1")}>{children}</div>}
    </div>
  );
}
