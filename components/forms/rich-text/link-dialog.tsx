"use client";

import type { Editor } from "@tiptap/react";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { parseLinkUrl } from "@/lib/cms/editor-urls";
import { closeDialogApplied, ModalDialog } from "../modal-dialog";
import { DialogField } from "./fields";
import type { RichTextLabels } from "./labels";

/** Adds, changes or removes the link on the selection (or inserts a linked text at the cursor). */
export function LinkDialog({ editor, labels, onClose }: { editor: Editor; labels: RichTextLabels; onClose: (applied: boolean) => void }) {
  const id = useId();
  const t = labels.link;
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
    const parsed = parseLinkUrl(href, t.urls);
    const next = { href: parsed.ok ? undefined : parsed.error, text: initial.needsText && !text.trim() ? t.textMissing : undefined };
    setErrors(next);
    if (next.text) textRef.current?.focus();
    else if (next.href) hrefRef.current?.focus();
    if (!parsed.ok || next.text) return t.notAdded;
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
      title={initial.editing ? t.editTitle : t.insertTitle}
      submitLabel={initial.editing ? t.editSubmit : t.insertSubmit}
      cancelLabel={labels.dialog.cancel}
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
            {t.remove}
          </Button>
        ) : null
      }
    >
      {initial.needsText && (
        <DialogField id={`${id}-texte`} inputRef={textRef} label={t.text} value={text} onChange={(e) => setText(e.target.value)} error={errors.text} errorPrefix={labels.dialog.errorPrefix} autoComplete="off" />
      )}
      <DialogField
        id={`${id}-adresse`}
        inputRef={hrefRef}
        label={t.address}
        hint={t.addressHint}
        value={href}
        onChange={(e) => setHref(e.target.value)}
        error={errors.href}
        errorPrefix={labels.dialog.errorPrefix}
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
      />
    </ModalDialog>
  );
}
