"use client";

import type { Editor } from "@tiptap/react";
import { useId, useRef, useState } from "react";
import { AltTextFields } from "../media/alt-text-fields";
import { mediaMessage } from "../media/labels";
import type { FetchRecentImages, UploadImage } from "../media/media-client";
import { MediaChooser, type MediaSelection, resolveSelection } from "../media/media-chooser";
import { ModalDialog } from "../modal-dialog";
import type { RichTextLabels } from "./labels";

/**
 * Inserts an image (a new upload or a recent one) with its alternative text, or changes the
 * selected image. No image goes in without an alt text or the explicit "decorative" choice.
 */
export function ImageDialog({
  editor,
  upload,
  fetchRecent,
  labels,
  onClose,
}: {
  editor: Editor;
  upload: UploadImage;
  fetchRecent: FetchRecentImages;
  labels: RichTextLabels;
  onClose: (applied: boolean) => void;
}) {
  const id = useId();
  const t = labels.image;
  const altMissing = labels.media.alt.missing;
  const [initial] = useState(() => {
    if (!editor.isActive("image")) return null;
    const attrs = editor.getAttributes("image") as { src?: string; alt?: string | null; width?: number | null; height?: number | null };
    return attrs.src ? attrs : null;
  });
  const [selection, setSelection] = useState<MediaSelection | null>(() =>
    initial?.src
      ? { kind: "media", media: { id: "", url: initial.src, alt: initial.alt ?? null, width: initial.width ?? null, height: initial.height ?? null, originalName: "" } }
      : null,
  );
  const [alt, setAlt] = useState(initial?.alt ?? "");
  const [decorative, setDecorative] = useState(initial?.alt === "");
  const [fileError, setFileError] = useState<string | null>(null);
  const [altError, setAltError] = useState<string | null>(null);
  const altRef = useRef<HTMLInputElement>(null);

  function select(next: MediaSelection | null) {
    setSelection(next);
    // A recent image brings the text suggested when it was uploaded, unless one was typed.
    if (next?.kind === "media" && next.media.alt && !alt.trim() && !decorative) setAlt(next.media.alt);
  }

  async function submit(): Promise<string | null> {
    if (!selection) return fileError ?? t.noSelection;
    const text = alt.trim();
    if (!decorative && !text) {
      setAltError(altMissing);
      altRef.current?.focus();
      return altMissing;
    }
    setAltError(null);
    const result = await resolveSelection(selection, upload, decorative ? null : text);
    if (!result.ok) return mediaMessage(labels.media, result.error);
    const { url, width, height } = result.data;
    const attrs = { src: url, alt: decorative ? "" : text, width: width ?? undefined, height: height ?? undefined };
    if (initial) editor.chain().updateAttributes("image", attrs).run();
    else editor.chain().setImage(attrs).run();
    return null;
  }

  return (
    <ModalDialog
      title={initial ? t.editTitle : t.insertTitle}
      submitLabel={initial ? t.editSubmit : t.insertSubmit}
      pendingLabel={t.pending}
      cancelLabel={labels.dialog.cancel}
      onSubmit={submit}
      onClose={onClose}
      wide
    >
      <MediaChooser selection={selection} onSelect={select} onError={setFileError} fetchRecent={fetchRecent} labels={labels.media} />
      {fileError && (
        <p role="alert" className="text-sm font-semibold text-red-800">
          {fileError}
        </p>
      )}
      <AltTextFields
        id={`${id}-alt`}
        alt={alt}
        decorative={decorative}
        onAltChange={setAlt}
        onDecorativeChange={setDecorative}
        error={altError}
        inputRef={altRef}
        labels={labels.media.alt}
      />
    </ModalDialog>
  );
}
