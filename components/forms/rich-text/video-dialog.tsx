"use client";

import type { Editor } from "@tiptap/react";
import { useId, useRef, useState } from "react";
import { youtubeVideoId } from "@/lib/cms/editor-urls";
import { ModalDialog } from "../modal-dialog";
import { DialogField } from "./fields";

/**
 * Embeds a YouTube video through youtube-nocookie.com (no tracking cookie until it is played),
 * with the title every frame needs for screen-reader users.
 */
export function VideoDialog({ editor, onClose }: { editor: Editor; onClose: (applied: boolean) => void }) {
  const id = useId();
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
      url: videoId ? undefined : "Collez l'adresse d'une vidéo YouTube (https://www.youtube.com/watch?v=… ou https://youtu.be/…).",
      title: title.trim() ? undefined : "Donnez un titre à la vidéo.",
    };
    setErrors(next);
    if (next.url) urlRef.current?.focus();
    else if (next.title) titleRef.current?.focus();
    if (!videoId || next.title) return "La vidéo n'a pas été ajoutée : corrigez les champs signalés.";
    const attrs = { src: `https://www.youtube.com/watch?v=${videoId}`, title: title.trim() };
    if (initial) editor.chain().updateAttributes("youtube", attrs).run();
    // insertContent rather than setYoutubeVideo, whose options have no title.
    else editor.chain().insertContent({ type: "youtube", attrs }).run();
    return null;
  }

  return (
    <ModalDialog title={initial ? "Modifier la vidéo" : "Insérer une vidéo YouTube"} submitLabel={initial ? "Enregistrer la vidéo" : "Insérer la vidéo"} onSubmit={submit} onClose={onClose}>
      <DialogField
        id={`${id}-adresse`}
        inputRef={urlRef}
        label="Adresse de la vidéo YouTube"
        hint="Par exemple https://www.youtube.com/watch?v=… ; la vidéo sera lue depuis youtube-nocookie.com."
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={errors.url}
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
      />
      <DialogField
        id={`${id}-titre`}
        inputRef={titleRef}
        label="Titre de la vidéo"
        hint="Annoncé aux utilisateurs de lecteurs d'écran, par exemple « Témoignage d'une apprentie en boulangerie »."
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        autoComplete="off"
      />
    </ModalDialog>
  );
}
