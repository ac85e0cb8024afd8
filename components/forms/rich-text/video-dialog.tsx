"use client";

import type { Editor } from "@tiptap/react";
import { useId, useRef, useState } from "react";
import { youtubeVideoId } from "@/lib/cms/editor-urls";
import { ModalDialog } from "../modal-dialog";
import { DialogField } from "./fields";
import type { RichTextLabels } from "./labels";

/**
 * Embeds a YouTube video through youtube-nocookie.com (no tracking cookie until it is played),
 * with the title every frame needs for screen-reader users.
 */
export function VideoDialog({ editor, labels, onClose }: { editor: Editor; labels: RichTextLabels; onClose: (applied: boolean) => void }) {
  const id = useId();
  const t = labels.video;
  const [initial] = useState(() => {
    if (!editor.isActive("youtube")) return null;
    const attrs = editor.getAttributes("youtube") as { src?: string | null; title?: string | null };
    const videoId = attrs.src ? youtubeVideoId(attrs.src) : null;
    return { url: videoId ? `https://www.youtube.com/watch?v=${videoId}` : (attrs.src ?? ""), title: attrs.title ?? "" };
  });
  const [url, setUrl] = useState(initial?.url ?? "");
  const [title, setTitle] = useState(initial?.title ?? "");
  const [errors, setErrors] = useState<{ url?: string; title?: string }>({});
  const urlRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  function submit(): string | null {
    const videoId = youtubeVideoId(url);
    const next = {
      url: videoId ? undefined : t.addressInvalid,
      title: title.trim() ? undefined : t.titleMissing,
    };
    setErrors(next);
    if (next.url) urlRef.current?.focus();
    else if (next.title) titleRef.current?.focus();
    if (!videoId || next.title) return t.notAdded;
    const attrs = { src: `https://www.youtube.com/watch?v=${videoId}`, title: title.trim() };
    if (initial) editor.chain().updateAttributes("youtube", attrs).run();
    // insertContent rather than setYoutubeVideo, whose options have no title.
    else editor.chain().insertContent({ type: "youtube", attrs }).run();
    return null;
  }

  return (
    <ModalDialog
      title={initial ? t.editTitle : t.insertTitle}
      submitLabel={initial ? t.editSubmit : t.insertSubmit}
      cancelLabel={labels.dialog.cancel}
      onSubmit={submit}
      onClose={onClose}
    >
      <DialogField
        id={`${id}-adresse`}
        inputRef={urlRef}
        label={t.address}
        hint={t.addressHint}
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={errors.url}
        errorPrefix={labels.dialog.errorPrefix}
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
      />
      <DialogField
        id={`${id}-titre`}
        inputRef={titleRef}
        label={t.title}
        hint={t.titleHint}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        errorPrefix={labels.dialog.errorPrefix}
        autoComplete="off"
      />
    </ModalDialog>
  );
}
