"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { clsx } from "clsx";
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef, useState } from "react";
import type { MediaArea } from "@/lib/media/areas";
import { imageUploader, recentImagesFetcher, type UploadImage } from "./media/media-client";
import { EDITOR_EXTENSIONS } from "./rich-text/extensions";
import { ImageDialog } from "./rich-text/image-dialog";
import { type EditorLocale, richTextLabels } from "./rich-text/labels";
import { LinkDialog } from "./rich-text/link-dialog";
import { type EditorDialog, EditorToolbar } from "./rich-text/toolbar";
import { VideoDialog } from "./rich-text/video-dialog";

/**
 * The back office's rich text field (TipTap 3): headings h2 to h4, bold, italic, lists, quotes,
 * links, tables, images with their alternative text and YouTube videos with a title. It writes
 * HTML that lib/cms/sanitize.ts keeps as is; the server sanitises it again before storing it.
 *
 * With react-hook-form:
 *   <p id="corps-label">Texte</p>
 *   <Controller name="body" control={form.control} render={({ field, fieldState }) => (
 *     <RichTextEditor id="corps" labelledBy="corps-label" describedBy={fieldState.error ? "corps-erreur" : undefined}
 *       invalid={!!fieldState.error} value={field.value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref} />
 *   )} />
 */
export type RichTextEditorHandle = { focus: () => void };

export type RichTextEditorProps = {
  /** Id of the editable area (link target of an error summary). */
  id: string;
  /** HTML; "" (or null) for an empty text. */
  value: string | null | undefined;
  /** Receives the new HTML after each change, "" when the text is empty. */
  onChange: (html: string) => void;
  onBlur?: () => void;
  /** Id of the visible label (a contenteditable area cannot be the target of <label for>). */
  labelledBy: string;
  /** Ids of the hint and error messages, space-separated. */
  describedBy?: string;
  invalid?: boolean;
  disabled?: boolean;
  /** react-hook-form's field.ref, so a failed submit can focus the text. */
  ref?: Ref<RichTextEditorHandle>;
  /**
   * Whose media routes the image dialog uses (lib/media/areas.ts): the portal's back office
   * (default, "content:edit") or the alumni network ("network:publish").
   */
  mediaArea?: MediaArea;
  /** How images are uploaded; defaults to the media area's upload route. */
  onUploadImage?: UploadImage;
  /** Name of the toolbar for screen readers (distinct when a page has several editors). */
  toolbarLabel?: string;
  /** Language of the toolbar and dialogs; French by default (the back office), English for the network. */
  locale?: EditorLocale;
};

export function RichTextEditor({
  id,
  value,
  onChange,
  onBlur,
  labelledBy,
  describedBy,
  invalid,
  disabled,
  ref,
  mediaArea = "portal",
  onUploadImage,
  toolbarLabel,
  locale = "fr",
}: RichTextEditorProps) {
  const labels = richTextLabels(locale);
  const [dialog, setDialog] = useState<EditorDialog | null>(null);
  // The HTML this component last reported, to tell the form's own changes (reset) from echoes.
  const lastHtml = useRef(value ?? "");
  // Later values reach the editor through setContent below, not through its creation options.
  const [initialContent] = useState(value ?? "");

  const editorProps = useMemo(
    () => ({
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        class: clsx(
          "prose-page rich-text max-w-none min-h-64 px-4 py-3 focus-visible:outline-offset-[-3px]",
          "[&_.ProseMirror-selectednode]:outline-3 [&_.ProseMirror-selectednode]:outline-focus [&_.selectedCell]:bg-brand-100",
          // A click on a video selects it (to change or delete it) instead of playing it.
          "[&_[data-youtube-video]_iframe]:pointer-events-none [&_[data-youtube-video]]:cursor-pointer",
        ),
      },
      handleKeyDown: (_view: unknown, event: KeyboardEvent) => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
          event.preventDefault();
          setDialog("link");
          return true;
        }
        return false;
      },
      // Files dropped or pasted would become data: images, which are not kept: images go through the dialog.
      handleDrop: (_view: unknown, event: DragEvent) => Boolean(event.dataTransfer?.files.length),
      handlePaste: (_view: unknown, event: ClipboardEvent) => Boolean(event.clipboardData?.files.length),
    }),
    [id, labelledBy, describedBy, invalid],
  );

  const editor = useEditor({
    immediatelyRender: false,
    extensions: EDITOR_EXTENSIONS,
    content: initialContent,
    editable: !disabled,
    editorProps,
    onUpdate: ({ editor: e }) => {
      const html = e.isEmpty ? "" : e.getHTML();
      lastHtml.current = html;
      onChange(html);
    },
    onBlur: () => onBlur?.(),
  });

  useEffect(() => {
    const next = value ?? "";
    if (!editor || next === lastHtml.current) return;
    lastHtml.current = next;
    editor.commands.setContent(next, { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editor?.setEditable(!disabled, false);
  }, [editor, disabled]);

  useImperativeHandle(ref, () => ({ focus: () => editor?.commands.focus() }), [editor]);

  function closeDialog(applied: boolean) {
    setDialog(null);
    // Cancelled: the browser gives focus back to the toolbar button; applied: back to the text.
    if (applied) editor?.commands.focus();
  }

  // Stable across renders: the picker loads the recent images again when its source changes.
  const media = useMemo(() => ({ upload: imageUploader(mediaArea), fetchRecent: recentImagesFetcher(mediaArea) }), [mediaArea]);
  const upload = onUploadImage ?? media.upload;

  return (
    <div
      className={clsx(
        "overflow-hidden rounded-lg border bg-white",
        invalid ? "border-red-700 ring-1 ring-red-700" : "border-field",
        disabled && "opacity-70",
      )}
    >
      {editor ? (
        <>
          <EditorToolbar editor={editor} label={toolbarLabel ?? labels.toolbar} labels={labels} disabled={disabled} onOpen={setDialog} />
          <EditorContent editor={editor} />
          {dialog === "link" && <LinkDialog editor={editor} labels={labels} onClose={closeDialog} />}
          {dialog === "image" && <ImageDialog editor={editor} upload={upload} fetchRecent={media.fetchRecent} labels={labels} onClose={closeDialog} />}
          {dialog === "video" && <VideoDialog editor={editor} labels={labels} onClose={closeDialog} />}
        </>
      ) : (
        // Server render and first paint, before the editor exists: the room it will take.
        <div className="min-h-[18.5rem] bg-surface" aria-hidden="true" />
      )}
    </div>
  );
}
