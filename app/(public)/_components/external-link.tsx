import { clsx } from "clsx";
import type { ReactNode } from "react";
import { Icon } from "@/components/search/icons";
import { fr } from "@/lib/i18n/fr";

type ExternalLinkProps = {
  href: string;
  children: ReactNode;
  className?: string;
  /** A filled button rather than an inline link. */
  button?: boolean;
};

/** A link to another site: new window, no opener access, and both said (icon and screen-reader text). */
export function ExternalLink({ href, children, className, button = false }: ExternalLinkProps) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener"
      className={clsx(
        button
          ? "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-brand-700 px-5 font-semibold text-white no-underline hover:bg-brand-800"
          : "inline-flex items-baseline gap-1 font-semibold text-brand-700 underline hover:text-brand-900",
        className,
      )}
    >
      <span className={button ? undefined : "break-all"}>{children}</span>
      <Icon name="external" className="size-4 self-center" />
      <span className="sr-only"> {fr.editorial.externalHint}</span>
    </a>
  );
}

/** Only web addresses become links: editor and feed text is not trusted to hold one. */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** "onisep.fr" from "https://www.onisep.fr/…". */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
