"use client";

import { clsx } from "clsx";
import { usePathname, useSearchParams } from "next/navigation";
import { setNetworkLocaleAction } from "@/lib/network/i18n/actions";
import { NETWORK_LOCALES, type NetworkLocale } from "@/lib/network/i18n/locale";

type Props = {
  locale: NetworkLocale;
  label: string;
  names: Record<NetworkLocale, string>;
  hints: Record<NetworkLocale, string>;
};

/**
 * FR / EN buttons in a form posting to a server action: works without JavaScript and comes back
 * to the same page (its path and query travel in `retour`). Each language name is written in its
 * own language, with `lang`, so screen readers pronounce it right.
 */
export function LanguageSwitcher({ locale, label, names, hints }: Props) {
  const pathname = usePathname() ?? "/reseau";
  const params = new URLSearchParams(useSearchParams()?.toString());
  params.delete("lang");
  const query = params.toString();
  const back = query ? `${pathname}?${query}` : pathname;
  return (
    <form action={setNetworkLocaleAction} className="flex items-center gap-2">
      <input type="hidden" name="retour" value={back} />
      <span className="text-sm font-semibold text-ink-muted" aria-hidden="true">
        {label}
      </span>
      <span role="group" aria-label={label} className="flex overflow-hidden rounded-lg border border-brand-700">
        {NETWORK_LOCALES.map((code) => {
          const current = code === locale;
          return (
            <button
              key={code}
              type="submit"
              name="locale"
              value={code}
              lang={code}
              aria-pressed={current}
              title={hints[code]}
              className={clsx(
                "min-h-11 min-w-11 px-3 text-sm font-bold",
                current ? "bg-brand-700 text-white" : "bg-white text-brand-800 hover:bg-brand-50",
              )}
            >
              <span aria-hidden="true">{code.toUpperCase()}</span>
              <span className="sr-only">{names[code]}</span>
            </button>
          );
        })}
      </span>
    </form>
  );
}
