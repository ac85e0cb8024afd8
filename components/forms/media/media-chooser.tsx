"use client";

import { clsx } from "clsx";
import { useEffect, useId, useState } from "react";
import { type ActionResult, ok } from "@/lib/actions/result";
import type { MediaSummary } from "@/lib/media/types";
import { IMAGE_ACCEPT, MEDIA_MAX_BYTES } from "@/lib/validations/media";
import { MEDIA_LABELS, type MediaLabels, mediaMessage } from "./labels";
import { type FetchRecentImages, fetchRecentImages, type UploadImage } from "./media-client";

/**
 * Picks an image for the back office: a new file (sent only when the dialog is confirmed, with
 * the alternative text typed meanwhile) or one of the recent uploads. Controlled: the dialog
 * around it keeps the selection.
 */
export type MediaSelection = { kind: "file"; file: File; previewUrl: string } | { kind: "media"; media: MediaSummary };

/** The chosen image as stored media: uploads the file when it is a new one. */
export async function resolveSelection(selection: MediaSelection, upload: UploadImage, alt: string | null): Promise<ActionResult<MediaSummary>> {
  if (selection.kind === "media") return ok(selection.media);
  return upload(selection.file, alt);
}

type MediaChooserProps = {
  selection: MediaSelection | null;
  onSelect: (selection: MediaSelection | null) => void;
  /** Shown as a message under the file input (a refused file). */
  onError: (message: string | null) => void;
  /** Where recent images come from; defaults to the portal's back office. */
  fetchRecent?: FetchRecentImages;
  /** Defaults to French. */
  labels?: MediaLabels;
};

export function MediaChooser({ selection, onSelect, onError, fetchRecent = fetchRecentImages, labels = MEDIA_LABELS.fr }: MediaChooserProps) {
  const t = labels.chooser;
  const id = useId();
  const [recent, setRecent] = useState<MediaSummary[] | null>(null);
  const [recentError, setRecentError] = useState<string | null>(null);
  const [fileKey, setFileKey] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchRecent(controller.signal)
      .then((result) => {
        if (result.ok) setRecent(result.data);
        else setRecentError(result.error);
      })
      .catch(() => {});
    return () => controller.abort();
  }, [fetchRecent]);

  const previewUrl = selection?.kind === "file" ? selection.previewUrl : null;
  useEffect(() => {
    if (!previewUrl) return;
    return () => URL.revokeObjectURL(previewUrl);
  }, [previewUrl]);

  function chooseFile(file: File | undefined) {
    onError(null);
    if (!file) return;
    if (file.size > MEDIA_MAX_BYTES) {
      onError(t.tooLarge);
      setFileKey((k) => k + 1);
      return;
    }
    onSelect({ kind: "file", file, previewUrl: URL.createObjectURL(file) });
  }

  const chosen = selection?.kind === "file" ? { url: selection.previewUrl, name: selection.file.name } : selection ? { url: selection.media.url, name: selection.media.originalName } : null;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-center gap-3 rounded-lg bg-surface p-3" aria-live="polite">
        {chosen ? (
          <>
            {/* eslint-disable-next-line @next/next/no-img-element -- a local preview (blob:) or an uploaded file, not an optimisable asset */}
            <img src={chosen.url} alt="" className="size-16 shrink-0 rounded border border-line object-cover" />
            <p className="min-w-0 text-sm">
              <span className="font-semibold">{t.chosen}</span>
              <span className="break-all">{chosen.name || t.currentImage}</span>
            </p>
          </>
        ) : (
          <p className="text-sm text-ink-muted">{t.noneChosen}</p>
        )}
      </div>

      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-fichier`} className="font-semibold">
          {t.uploadNew}
        </label>
        <p id={`${id}-fichier-aide`} className="text-sm text-ink-muted">
          {t.fileHint}
        </p>
        <input
          key={fileKey}
          id={`${id}-fichier`}
          type="file"
          accept={IMAGE_ACCEPT}
          aria-describedby={`${id}-fichier-aide`}
          onChange={(event) => chooseFile(event.target.files?.[0])}
          className="rounded-lg border border-field bg-white p-2 text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-700 file:px-3 file:py-1.5 file:font-semibold file:text-white"
        />
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t.recentLegend}</legend>
        {recentError && <p className="text-sm text-red-800">{mediaMessage(labels, recentError)}</p>}
        {!recent && !recentError && <p className="text-sm text-ink-muted">{t.loading}</p>}
        {recent?.length === 0 && <p className="text-sm text-ink-muted">{t.noneYet}</p>}
        {recent && recent.length > 0 && (
          <ul className="grid max-h-72 grid-cols-2 gap-2 overflow-y-auto p-1 sm:grid-cols-3">
            {recent.map((media) => {
              const checked = selection?.kind === "media" && selection.media.id === media.id;
              return (
                <li key={media.id}>
                  <label
                    className={clsx(
                      "flex h-full cursor-pointer flex-col gap-1 rounded-lg border-2 p-1.5 text-xs has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus",
                      checked ? "border-brand-700 bg-brand-50" : "border-line hover:border-brand-300",
                    )}
                  >
                    <input
                      type="radio"
                      name={`${id}-recent`}
                      value={media.id}
                      checked={checked}
                      onChange={() => {
                        onError(null);
                        setFileKey((k) => k + 1);
                        onSelect({ kind: "media", media });
                      }}
                      className="sr-only"
                    />
                    {/* eslint-disable-next-line @next/next/no-img-element -- uploaded file served by /medias */}
                    <img src={media.url} alt="" loading="lazy" className="aspect-[4/3] w-full rounded bg-surface object-cover" />
                    {checked && (
                      <span aria-hidden="true" className="font-semibold text-brand-800">
                        {t.checked}
                      </span>
                    )}
                    <span className="line-clamp-2 break-all">{media.originalName}</span>
                    {media.alt && <span className="line-clamp-2 text-ink-muted">{t.quote(media.alt)}</span>}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
    </div>
  );
}
