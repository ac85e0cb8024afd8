import { clsx } from "clsx";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { forwardRef } from "react";
import type { NetworkLocale } from "@/lib/network/i18n/locale";

/**
 * Form fields of the network area: the portal's fields (components/ui/field.tsx, RGAA 11.10:
 * label, hint and error tied by aria-describedby) with the words they add ("required", "Error:")
 * in the interface language, so an English page is not read with French fragments.
 */

const WORDS = {
  fr: { required: " (obligatoire)", error: "Erreur : " },
  en: { required: " (required)", error: "Error: " },
} as const;

type Described = { id: string; label: ReactNode; hint?: ReactNode; error?: string; requiredMark?: boolean; locale: NetworkLocale };

function describedBy({ id, hint, error }: Pick<Described, "id" | "hint" | "error">): string | undefined {
  return [hint ? `${id}-aide` : "", error ? `${id}-erreur` : ""].filter(Boolean).join(" ") || undefined;
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-aide`} className="text-sm text-ink-muted">
      {hint}
    </p>
  ) : null;
}

function ErrorText({ id, error, locale }: { id: string; error?: string; locale: NetworkLocale }) {
  return error ? (
    <p id={`${id}-erreur`} className="text-sm font-semibold text-red-800">
      <span className="sr-only">{WORDS[locale].error}</span>
      {error}
    </p>
  ) : null;
}

function Label({ id, label, requiredMark, locale }: Pick<Described, "id" | "label" | "requiredMark" | "locale">) {
  return (
    <label htmlFor={id} className="font-semibold text-ink">
      {label}
      {requiredMark && <span className="font-normal text-ink-muted">{WORDS[locale].required}</span>}
    </label>
  );
}

const control = (error?: string) =>
  clsx("h-11 rounded-lg border bg-white px-3 text-base text-ink", error ? "border-red-700 ring-1 ring-red-700" : "border-field");

export const NetworkTextField = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement> & Described>(function NetworkTextField(
  { id, label, hint, error, requiredMark, locale, className, ...input },
  ref,
) {
  return (
    <div className={clsx("flex flex-col gap-1", className)}>
      <Label id={id} label={label} requiredMark={requiredMark} locale={locale} />
      <Hint id={id} hint={hint} />
      <input ref={ref} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy({ id, hint, error })} className={control(error)} {...input} />
      <ErrorText id={id} error={error} locale={locale} />
    </div>
  );
});

export const NetworkSelectField = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement> & Described & { children: ReactNode }>(
  function NetworkSelectField({ id, label, hint, error, requiredMark, locale, className, children, ...select }, ref) {
    return (
      <div className={clsx("flex flex-col gap-1", className)}>
        <Label id={id} label={label} requiredMark={requiredMark} locale={locale} />
        <Hint id={id} hint={hint} />
        <select ref={ref} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy({ id, hint, error })} className={control(error)} {...select}>
          {children}
        </select>
        <ErrorText id={id} error={error} locale={locale} />
      </div>
    );
  },
);

export const NetworkCheckboxField = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement> & Omit<Described, "requiredMark">>(
  function NetworkCheckboxField({ id, label, hint, error, locale, className, ...input }, ref) {
    return (
      <div className={clsx("flex flex-col gap-1", className)}>
        <div className="flex items-start gap-3">
          <input
            ref={ref}
            id={id}
            type="checkbox"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy({ id, hint, error })}
            className="mt-1 size-5 shrink-0 accent-brand-700"
            {...input}
          />
          <label htmlFor={id} className="text-ink">
            {label}
          </label>
        </div>
        <div className="ml-8">
          <Hint id={id} hint={hint} />
          <ErrorText id={id} error={error} locale={locale} />
        </div>
      </div>
    );
  },
);

const TONES = {
  info: "border-brand-300 bg-brand-50 text-brand-900",
  success: "border-green-700 bg-green-50 text-green-900",
  warning: "border-accent-500 bg-accent-100 text-accent-800",
  error: "border-red-700 bg-red-50 text-red-900",
} as const;

const PREFIXES = {
  fr: { info: "Information", success: "Succès", warning: "Attention", error: "Erreur" },
  en: { info: "Information", success: "Success", warning: "Warning", error: "Error" },
} as const;

/** components/ui/alert.tsx with its spoken prefix in the interface language. */
export function NetworkAlert({
  tone,
  title,
  children,
  live,
  locale,
  className,
}: {
  tone: keyof typeof TONES;
  title?: string;
  children?: ReactNode;
  live?: "alert" | "status";
  locale: NetworkLocale;
  className?: string;
}) {
  const prefix = <span className="sr-only">{`${PREFIXES[locale][tone]}${locale === "fr" ? " : " : ": "}`}</span>;
  return (
    <div role={live} className={clsx("rounded-lg border-l-4 px-4 py-3", TONES[tone], className)}>
      {title ? (
        <p className="font-bold">
          {prefix}
          {title}
        </p>
      ) : (
        prefix
      )}
      {children && <div className={clsx(title && "mt-1")}>{children}</div>}
    </div>
  );
}
