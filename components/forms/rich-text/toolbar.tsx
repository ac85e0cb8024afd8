"use client";

import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { clsx } from "clsx";
import { createContext, type FocusEvent, type KeyboardEvent, type ReactNode, useContext, useLayoutEffect, useRef } from "react";
import { type IconName, ToolbarIcon } from "./icons";
import type { RichTextLabels } from "./labels";

export type EditorDialog = "link" | "image" | "video";

/** The toolbar's view of the editor, recomputed on each transaction (re-renders only on change). */
function useToolbarState(editor: Editor) {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive("paragraph"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      h4: e.isActive("heading", { level: 4 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      blockquote: e.isActive("blockquote"),
      link: e.isActive("link"),
      image: e.isActive("image"),
      video: e.isActive("youtube"),
      table: e.isActive("table"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      canBold: e.can().toggleBold(),
      canItalic: e.can().toggleItalic(),
      canInsertTable: e.can().insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
      canDeleteRow: e.can().deleteRow(),
      canDeleteColumn: e.can().deleteColumn(),
    }),
  });
}

type ToolButtonProps = {
  label: string;
  /** As aria-keyshortcuts expects it ("Control+B"); also shown in the tooltip. */
  shortcut?: string;
  icon?: IconName;
  /** Visible text, when the button shows words rather than a pictogram. */
  text?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
};

/** A read-only editor keeps its toolbar visible but inert. */
const ToolbarDisabled = createContext(false);

function ToolButton({ label, shortcut, icon, text, pressed, disabled, onClick }: ToolButtonProps) {
  const toolbarDisabled = useContext(ToolbarDisabled);
  return (
    <button
      type="button"
      data-toolbar-item=""
      aria-label={text === label ? undefined : label}
      title={shortcut ? `${label} (${shortcut.replace("Control", "Ctrl")})` : label}
      aria-keyshortcuts={shortcut}
      aria-pressed={pressed}
      disabled={toolbarDisabled || disabled}
      // Keeps the text selection: the command applies to what was selected.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className={clsx(
        "inline-flex min-h-10 min-w-10 items-center justify-center rounded-md px-2 text-sm font-semibold transition-colors",
        "disabled:cursor-not-allowed disabled:text-ink-muted/50",
        pressed ? "bg-brand-700 text-white hover:bg-brand-800" : "text-ink hover:bg-brand-50",
      )}
    >
      {icon && <ToolbarIcon name={icon} />}
      {text}
    </button>
  );
}

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-0.5 border-r border-line pr-1.5 last:border-r-0">
      {children}
    </div>
  );
}

/**
 * One Tab stop for the whole toolbar, arrows between its buttons (the ARIA toolbar pattern), so
 * keyboard users cross it in one step to reach the text.
 */
function RovingToolbar({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const current = useRef(0);

  function items() {
    return Array.from(ref.current?.querySelectorAll<HTMLButtonElement>("[data-toolbar-item]") ?? []);
  }

  function apply(all: HTMLButtonElement[]) {
    if (all[current.current]?.disabled !== false) current.current = Math.max(0, all.findIndex((b) => !b.disabled));
    all.forEach((button, index) => (button.tabIndex = index === current.current ? 0 : -1));
  }

  // Buttons come and go (table tools) and get disabled: re-apply after every render.
  useLayoutEffect(() => apply(items()));

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const all = items();
    const from = all.findIndex((button) => button === event.target);
    if (from < 0) return;
    const enabled = all.map((b, i) => (b.disabled ? -1 : i)).filter((i) => i >= 0);
    const at = enabled.indexOf(from);
    let next: number | undefined;
    if (event.key === "ArrowRight") next = enabled[(at + 1) % enabled.length];
    else if (event.key === "ArrowLeft") next = enabled[(at - 1 + enabled.length) % enabled.length];
    else if (event.key === "Home") next = enabled[0];
    else if (event.key === "End") next = enabled.at(-1);
    if (next === undefined) return;
    event.preventDefault();
    current.current = next;
    apply(all);
    all[next]?.focus();
  }

  // React types a focus event's target as the listening element; it is the focused descendant.
  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const all = items();
    const target: EventTarget = event.target;
    const index = all.findIndex((button) => button === target);
    if (index >= 0 && index !== current.current) {
      current.current = index;
      apply(all);
    }
  }

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={label}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      className="flex flex-wrap items-center gap-1.5 border-b border-line bg-surface px-1.5 py-1"
    >
      {children}
    </div>
  );
}

type EditorToolbarProps = { editor: Editor; label: string; labels: RichTextLabels; disabled?: boolean; onOpen: (dialog: EditorDialog) => void };

export function EditorToolbar({ editor, label, labels, disabled, onOpen }: EditorToolbarProps) {
  const s = useToolbarState(editor);
  const g = labels.groups;
  const b = labels.buttons;
  const chain = () => editor.chain().focus();

  return (
    <RovingToolbar label={label}>
      <ToolbarDisabled value={Boolean(disabled)}>
      <Group label={g.history}>
        <ToolButton label={b.undo} shortcut="Control+Z" icon="undo" disabled={!s.canUndo} onClick={() => chain().undo().run()} />
        <ToolButton label={b.redo} shortcut="Control+Shift+Z" icon="redo" disabled={!s.canRedo} onClick={() => chain().redo().run()} />
      </Group>
      <Group label={g.paragraphType}>
        <ToolButton label={b.paragraph} shortcut="Control+Alt+0" icon="paragraph" pressed={s.paragraph} onClick={() => chain().setParagraph().run()} />
        {([2, 3, 4] as const).map((level) => (
          <ToolButton
            key={level}
            label={b.heading(level)}
            text={`H${level}`}
            shortcut={`Control+Alt+${level}`}
            pressed={s[`h${level}`]}
            onClick={() => chain().toggleHeading({ level }).run()}
          />
        ))}
      </Group>
      <Group label={g.formatting}>
        <ToolButton label={b.bold} shortcut="Control+B" icon="bold" pressed={s.bold} disabled={!s.canBold} onClick={() => chain().toggleBold().run()} />
        <ToolButton label={b.italic} shortcut="Control+I" icon="italic" pressed={s.italic} disabled={!s.canItalic} onClick={() => chain().toggleItalic().run()} />
      </Group>
      <Group label={g.lists}>
        <ToolButton label={b.bulletList} shortcut="Control+Shift+8" icon="bulletList" pressed={s.bulletList} onClick={() => chain().toggleBulletList().run()} />
        <ToolButton label={b.orderedList} shortcut="Control+Shift+7" icon="orderedList" pressed={s.orderedList} onClick={() => chain().toggleOrderedList().run()} />
        <ToolButton label={b.quote} shortcut="Control+Shift+B" icon="quote" pressed={s.blockquote} onClick={() => chain().toggleBlockquote().run()} />
      </Group>
      <Group label={g.links}>
        <ToolButton label={s.link ? b.editLink : b.insertLink} shortcut="Control+K" icon="link" pressed={s.link} onClick={() => onOpen("link")} />
        <ToolButton label={b.removeLink} icon="unlink" disabled={!s.link} onClick={() => chain().extendMarkRange("link").unsetLink().run()} />
      </Group>
      <Group label={g.media}>
        <ToolButton label={s.image ? b.editImage : b.insertImage} icon="image" pressed={s.image} onClick={() => onOpen("image")} />
        <ToolButton label={s.video ? b.editVideo : b.insertVideo} icon="video" pressed={s.video} onClick={() => onOpen("video")} />
        <ToolButton
          label={b.insertTable}
          icon="table"
          disabled={!s.canInsertTable}
          onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        />
      </Group>
      {s.table && (
        <Group label={g.table}>
          <ToolButton label={b.addRow} text={b.addRow} onClick={() => chain().addRowAfter().run()} />
          <ToolButton label={b.deleteRow} text={b.deleteRow} disabled={!s.canDeleteRow} onClick={() => chain().deleteRow().run()} />
          <ToolButton label={b.addColumn} text={b.addColumn} onClick={() => chain().addColumnAfter().run()} />
          <ToolButton label={b.deleteColumn} text={b.deleteColumn} disabled={!s.canDeleteColumn} onClick={() => chain().deleteColumn().run()} />
          <ToolButton label={b.deleteTable} text={b.deleteTable} onClick={() => chain().deleteTable().run()} />
        </Group>
      )}
      </ToolbarDisabled>
    </RovingToolbar>
  );
}
