"use client";

import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { Button } from "@/components/ui/button";

/**
 * A small modal form on the native <dialog>: the browser traps focus, closes on Escape and gives
 * focus back to the button that opened it. Mount it to open it; it calls onClose once closed.
 *
 * It is rendered in document.body so its <form> is not nested in the page's form (invalid HTML,
 * and Enter in a field would submit the page); React still bubbles its events through the
 * component tree, so the submit event is stopped here.
 */
export type ModalDialogProps = {
  title: string;
  description?: ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  /** Applies the dialog: returns null when done (the dialog closes), or a message to show. */
  onSubmit: () => Promise<string | null> | string | null;
  /** applied: the dialog was submitted (not cancelled), so the caller may move focus on. */
  onClose: (applied: boolean) => void;
  /** More buttons in the footer, before "Annuler" (e.g. "Retirer le lien"). */
  extraActions?: ReactNode;
  /** Defaults to "Annuler". */
  cancelLabel?: string;
  wide?: boolean;
  children: ReactNode;
};

const APPLIED = "applied";

/** Closes the dialog holding `element` as applied, for actions other than the submit button. */
export function closeDialogApplied(element: Element) {
  element.closest("dialog")?.close(APPLIED);
}

export function ModalDialog({ title, description, submitLabel, pendingLabel, onSubmit, onClose, extraActions, cancelLabel = "Annuler", wide, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.returnValue = "";
    if (!dialog.open) dialog.showModal();
    // The close event comes after the browser gave focus back to the opener.
    const closed = () => onCloseRef.current(dialog.returnValue === APPLIED);
    dialog.addEventListener("close", closed);
    return () => dialog.removeEventListener("close", closed);
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    event.stopPropagation();
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const message = await onSubmit();
      if (message) setError(message);
      else ref.current?.close(APPLIED);
    } finally {
      setPending(false);
    }
  }

  // Only ever mounted after a click, so document exists.
  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className={`m-auto w-[calc(100%-2rem)] ${wide ? "max-w-3xl" : "max-w-lg"} rounded-card bg-white p-0 text-ink shadow-card-hover backdrop:bg-brand-950/60`}
    >
      <form onSubmit={submit} noValidate className="flex max-h-[85dvh] flex-col">
        <div className="overflow-y-auto px-6 pt-5 pb-4">
          <h2 id={titleId} className="text-xl font-bold text-brand-900">
            {title}
          </h2>
          {description && (
            <p id={descriptionId} className="mt-1 text-sm text-ink-muted">
              {description}
            </p>
          )}
          <div role="alert" className="empty:hidden mt-3 rounded-lg border border-red-700 bg-red-50 px-3 py-2 text-sm font-semibold text-red-800">
            {error}
          </div>
          <div className="mt-4 flex flex-col gap-4">{children}</div>
        </div>
        <div className="flex flex-wrap justify-end gap-2 border-t border-line px-6 py-3">
          {extraActions}
          <Button type="button" variant="secondary" onClick={() => ref.current?.close()}>
            {cancelLabel}
          </Button>
          <Button type="submit" pending={pending} pendingLabel={pendingLabel}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
