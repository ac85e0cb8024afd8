"use client";

import type { Editor } from "@tiptap/react";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { parseLinkUrl } from "@/lib/cms/editor-urls";
import { closeDialogApplied, ModalDialog } from "../modal-dialog";
import { DialogField } from "./fields";

/** Adds, changes or removes the link on the selection (or inserts a linked text at the cursor). */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: (applied: boolean) => void }) {
  const id = useId();
  const [initial] = useState(() => ({
    href: (editor.getAttributes("link").href as string | undefined) ?? "",
    editing: editor.isActive("link"),
    needsText: editor.state.selection.empty && !editor.isActive("link"),
  }));
  const [href, setHref] = useState(initial.href);
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<{ href?: string; text?: string }>({});
  const hrefRef = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLInputElement>(null);

  function submit(): string | null {
    const parsed = parseLinkUrl(href);
    const next = { href: parsed.ok ? undefined : parsed.error, text: initial.needsText && !text.trim() ? "Saisissez le texte du lien." : undefined };
    setErrors(next);
    if (next.text) textRef.current?.focus();
    else if (next.href) hrefRef.current?.focus();
    if (!parsed.ok || next.text) return "Le lien n'a pas été ajouté : corrigez les champs signalés.";
    if (initial.needsText) {
      editor
        .chain()
        .insertContent({ type: "text", text: text.trim(), marks: [{ type: "link", attrs: { href: parsed.url } }] })
        .unsetMark("link")
        .run();
    } else {
      editor.chain().extendMarkRange("link").setLink({ href: parsed.url }).run();
    }
    return null;
  }

  return (
    <ModalDialog
      title={initial.editing ? "Modifier le lien" : "Insérer un lien"}
      submitLabel={initial.editing ? "Modifier le lien" : "Insérer le lien"}
      onSubmit={submit}
      onClose={onClose}
      extraActions={
        initial.editing ? (
          <Button
            type="button"
            variant="ghost"
            onClick={(event) => {
              editor.chain().extendMarkRange("link").unsetLink().run();
              closeDialogApplied(event.currentTarget);
            }}
          >
            Retirer le lien
          </Button>
        ) : null
      }
    >
      {initial.needsText && (
        <DialogField id={`${id}-texte`} inputRef={textRef} label="Texte du lien" value={text} onChange={(e) => setText(e.target.value)} error={errors.text} autoComplete="off" />
      )}
      <DialogField
        id={`${id}-adresse`}
        inputRef={hrefRef}
        label="Adresse du lien"
        hint="Une adresse web (https://…), une page du site (/formations), une adresse e-mail ou un numéro (tel:…)."
        value={href}
        onChange={(e) => setHref(e.target.value)}
        error={errors.href}
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
      />
    </ModalDialog>
  );
}
