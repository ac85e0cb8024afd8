"use client";

import type { Editor } from "@tiptap/react";
import { useId, useRef, useState } from "react";
import { ALT_REQUIRED, AltTextFields } from "../media/alt-text-fields";
import type { UploadImage } from "../media/media-client";
import { MediaChooser, type MediaSelection, resolveSelection } from "../media/media-chooser";
import { ModalDialog } from "../modal-dialog";

/**
 * Inserts an image (a new upload or a recent one) with its alternative text, or changes the
 * selected image. No image goes in without an alt text or the explicit "decorative" choice.
 */
export function ImageDialog({ editor, upload, onClose }: { editor: Editor; upload: UploadImage; onClose: (applied: boolean) => void }) {
  const id = useId();
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
    if (!selection) return fileError ?? "Choisissez une image à envoyer ou une image récente.";
    const text = alt.trim();
    if (!decorative && !text) {
      setAltError(ALT_REQUIRED);
      altRef.current?.focus();
      return ALT_REQUIRED;
    }
    setAltError(null);
    const result = await resolveSelection(selection, upload, decorative ? null : text);
    if (!result.ok) return result.error;
    const { url, width, height } = result.data;
    const attrs = { src: url, alt: decorative ? "" : text, width: width ?? undefined, height: height ?? undefined };
    if (initial) editor.chain().updateAttributes("image", attrs).run();
    else editor.chain().setImage(attrs).run();
    return null;
  }

  return (
    <ModalDialog
      title={initial ? "Modifier l'image" : "Insérer une image"}
      submitLabel={initial ? "Enregistrer l'image" : "Insérer l'image"}
      pendingLabel="Envoi de l'image…"
      onSubmit={submit}
      onClose={onClose}
      wide
    >
      <MediaChooser selection={selection} onSelect={select} onError={setFileError} />
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
      />
    </ModalDialog>
  );
}
