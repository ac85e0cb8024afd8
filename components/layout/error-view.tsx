"use client";

import { fr } from "@/lib/i18n/fr";

type ErrorViewProps = {
  error: unknown;
  retry: () => void;
};

/**
 * What an error boundary shows. Only the digest is displayed, never the message or the stack:
 * in production Next replaces server messages anyway, and client messages may carry internals.
 */
export function ErrorView({ error, retry }: ErrorViewProps) {
  const digest = hasDigest(error) ? error.digest : undefined;
  return (
    <div className="page-container py-16 sm:py-24">
      <div className="max-w-2xl">
        <h1 className="text-3xl font-extrabold tracking-tight text-brand-900 sm:text-4xl">{fr.error.title}</h1>
        <p className="mt-4 text-lg text-ink">{fr.error.intro}</p>
        <p className="mt-2 text-ink-muted">{fr.error.hint}</p>
        <div className="mt-8 flex flex-wrap items-center gap-4">
          <button
            type="button"
            onClick={() => retry()}
            className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
          >
            {fr.error.retry}
          </button>
          {/* A full page load, not client navigation: the app's state may be what failed. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- deliberate full reload, see above */}
          <a href="/" className="font-semibold text-brand-700 underline hover:text-brand-900">
            {fr.error.backHome}
          </a>
        </div>
        {digest && (
          <p className="mt-10 text-sm text-ink-muted">
            {fr.error.reference} <code className="rounded bg-surface px-1.5 py-0.5">{digest}</code>
          </p>
        )}
      </div>
    </div>
  );
}

function hasDigest(error: unknown): error is { digest: string } {
  return typeof error === "object" && error !== null && typeof (error as { digest?: unknown }).digest === "string";
}
