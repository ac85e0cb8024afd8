"use client";

/**
 * The main image of a form (e.g. a news article's "image with alternative text"): preview,
 * upload or pick a recent image, remove it, and say what it shows or that it is decorative.
 *
 * Props
 * - id: base id of the field's elements (the alt input is `${id}-alt`).
 * - label: visible name of the field, e.g. "Image de l'actualité".
 * - hint?: text under the label.
 * - value: { imageId, imageAlt }: imageAlt null = not given yet, "" = decorative, else the text.
 * - onChange(value): receives the whole new value (imageAlt stays null while the text is blank).
 * - error?: message of the field (e.g. the form schema's "imageAlt" error), shown on the alt text
 *   when an image is chosen, else on the field.
 * - altInputRef?: react-hook-form's field.ref for imageAlt, so a failed submit focuses the text.
 * - idName?, altName?: names of hidden inputs carrying the value in a posted FormData. When the alt
 *   is null the alt input is left out (FormData cannot say null), "" is sent for decorative.
 * - onUploadImage?: how files are uploaded; defaults to POST /admin/medias/envoi.
 * - disabled?: read-only.
 *
 * With react-hook-form (two fields, one control):
 *   const [imageId, imageAlt] = form.watch(["imageId", "imageAlt"]);
 *   <ImageField id="image" label="Image" value={{ imageId, imageAlt }} error={errors.imageAlt?.message}
 *     onChange={(v) => { form.setValue("imageId", v.imageId, { shouldDirty: true });
 *                        form.setValue("imageAlt", v.imageAlt, { shouldDirty: true, shouldValidate: form.formState.isSubmitted }); }} />
 */

import { type Ref, useState } from "react";
import { Button } from "@/components/ui/button";
import { mediaUrl } from "@/lib/media/url";
import { AltTextFields } from "./media/alt-text-fields";
import { type UploadImage, uploadImageFile } from "./media/media-client";
import { MediaChooser, type MediaSelection, resolveSelection } from "./media/media-chooser";
import { ModalDialog } from "./modal-dialog";

export type ImageFieldValue = { imageId: string | null; imageAlt: string | null };

export type ImageFieldProps = {
  id: string;
  label: string;
  hint?: string;
  value: ImageFieldValue;
  onChange: (value: ImageFieldValue) => void;
  error?: string;
  altInputRef?: Ref<HTMLInputElement>;
  idName?: string;
  altName?: string;
  onUploadImage?: UploadImage;
  disabled?: boolean;
};

export function ImageField({ id, label, hint, value, onChange, error, altInputRef, idName, altName, onUploadImage, disabled }: ImageFieldProps) {
  const [choosing, setChoosing] = useState(false);
  const [selection, setSelection] = useState<MediaSelection | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // What was typed, kept while the value is null (blank) or "" (decorative) so unticking gives it back.
  const [draft, setDraft] = useState(value.imageAlt ?? "");
  // Another image (chosen, removed, or a form reset) starts from its own text.
  const [draftFor, setDraftFor] = useState(value.imageId);
  if (draftFor !== value.imageId) {
    setDraftFor(value.imageId);
    setDraft(value.imageAlt ?? "");
  }
  const decorative = value.imageAlt === "";
  const altText = value.imageAlt ? value.imageAlt : draft;

  const emitAlt = (text: string) => onChange({ imageId: value.imageId, imageAlt: text.trim() ? text : null });

  async function choose(): Promise<string | null> {
    if (!selection) return fileError ?? "Choisissez une image à envoyer ou une image récente.";
    const result = await resolveSelection(selection, onUploadImage ?? uploadImageFile, altText.trim() || null);
    if (!result.ok) return result.error;
    // The text already written stays; otherwise the one suggested at upload is offered.
    const kept = decorative ? "" : altText.trim() ? altText : result.data.alt;
    onChange({ imageId: result.data.id, imageAlt: kept ?? null });
    return null;
  }

  const hintId = hint ? `${id}-aide` : undefined;
  const fieldErrorId = error && !value.imageId ? `${id}-erreur` : undefined;

  return (
    <fieldset id={id} className="flex flex-col gap-3" aria-describedby={[hintId, fieldErrorId].filter(Boolean).join(" ") || undefined}>
      <legend className="mb-1 font-semibold text-ink">{label}</legend>
      {hint && (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      {idName && <input type="hidden" name={idName} value={value.imageId ?? ""} />}
      {altName && value.imageId && value.imageAlt !== null && <input type="hidden" name={altName} value={value.imageAlt} />}

      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        {value.imageId ? (
          // eslint-disable-next-line @next/next/no-img-element -- uploaded file served by /medias, sizes unknown here
          <img src={mediaUrl(value.imageId)} alt="" className="aspect-video w-full max-w-64 rounded-lg border border-line bg-surface object-cover" />
        ) : (
          <p className="flex aspect-video w-full max-w-64 items-center justify-center rounded-lg border border-dashed border-field bg-surface text-sm text-ink-muted">
            Aucune image
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            variant="secondary"
            disabled={disabled}
            onClick={() => {
              setSelection(null);
              setFileError(null);
              setChoosing(true);
            }}
          >
            {value.imageId ? "Remplacer l'image" : "Choisir une image"}
          </Button>
          {value.imageId && (
            <Button
              type="button"
              variant="ghost"
              disabled={disabled}
              onClick={() => onChange({ imageId: null, imageAlt: null })}
            >
              Retirer l&apos;image
            </Button>
          )}
        </div>
      </div>

      {fieldErrorId && (
        <p id={fieldErrorId} className="text-sm font-semibold text-red-800">
          <span className="sr-only">Erreur : </span>
          {error}
        </p>
      )}

      {value.imageId && (
        <AltTextFields
          id={`${id}-alt`}
          label="Texte alternatif de l'image"
          alt={altText}
          decorative={decorative}
          onAltChange={(text) => {
            setDraft(text);
            emitAlt(text);
          }}
          onDecorativeChange={(checked) => {
            if (!checked) return emitAlt(draft);
            setDraft(altText);
            onChange({ imageId: value.imageId, imageAlt: "" });
          }}
          error={error}
          inputRef={altInputRef}
          disabled={disabled}
        />
      )}

      {choosing && (
        <ModalDialog
          title={value.imageId ? "Remplacer l'image" : "Choisir une image"}
          description={label}
          submitLabel="Utiliser cette image"
          pendingLabel="Envoi de l'image…"
          onSubmit={choose}
          onClose={() => setChoosing(false)}
          wide
        >
          <MediaChooser selection={selection} onSelect={setSelection} onError={setFileError} />
          {fileError && (
            <p role="alert" className="text-sm font-semibold text-red-800">
              {fileError}
            </p>
          )}
        </ModalDialog>
      )}
    </fieldset>
  );
}
