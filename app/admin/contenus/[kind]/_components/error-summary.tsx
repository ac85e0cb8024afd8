"use client";

import type { MouseEvent, RefObject } from "react";

export type SummaryError = { name: string; label: string; message: string; target: string | null };

/**
 * The list of what to fix, at the top of the form, focused after a failed submit (RGAA 11.10):
 * each entry names the field and leads to it. The general message of the server, if any, comes first.
 */
export function ErrorSummary({
  errors,
  general,
  summaryRef,
}: {
  errors: SummaryError[];
  general: string | null;
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  if (errors.length === 0 && !general) return null;
  const heading =
    errors.length === 0
      ? "L'enregistrement n'a pas abouti"
      : errors.length === 1
        ? "Le formulaire contient 1 erreur"
        : `Le formulaire contient ${errors.length} erreurs`;

  return (
    <div
      ref={summaryRef}
      tabIndex={-1}
      aria-labelledby="resume-erreurs-titre"
      role="group"
      className="rounded-lg border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900"
    >
      <h2 id="resume-erreurs-titre" className="text-lg font-bold">
        <span className="sr-only">Erreur : </span>
        {heading}
      </h2>
      {general && <p className="mt-1">{general}</p>}
      {errors.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {errors.map((error) => (
            <li key={error.name}>
              {error.target ? (
                <a href={`#${error.target}`} onClick={(event) => focusField(event, error.target!)} className="font-semibold text-red-900 underline">
                  {entryText(error)}
                </a>
              ) : (
                <span>{entryText(error)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-sm">Ce que vous avez saisi est conservé : corrigez puis enregistrez de nouveau.</p>
    </div>
  );
}

/** "Titre : …", unless the message already starts with the field's name ("Début : date … obligatoires."). */
function entryText(error: SummaryError): string {
  return error.message.toLocaleLowerCase("fr").startsWith(error.label.toLocaleLowerCase("fr")) ? error.message : `${error.label} : ${error.message}`;
}

/** Following the link moves focus to the control itself, not only the scroll position. */
function focusField(event: MouseEvent<HTMLAnchorElement>, target: string) {
  const element = document.getElementById(target);
  if (!element) return;
  event.preventDefault();
  element.focus({ preventScroll: true });
  // The label sits above the control: bring both into view.
  (element.closest("fieldset, [data-field]") ?? element).scrollIntoView({ block: "center" });
}
