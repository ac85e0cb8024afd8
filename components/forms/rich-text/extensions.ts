import Image from "@tiptap/extension-image";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import Youtube from "@tiptap/extension-youtube";
import StarterKit from "@tiptap/starter-kit";

/**
 * What the back-office editor can write: exactly what lib/cms/sanitize.ts keeps, so a saved text
 * reads the same once sanitised. Headings start at h2 (the page title is the h1).
 */

/** Header cells say which way they head, for screen readers (only header rows are offered). */
const ScopedTableHeader = TableHeader.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      scope: {
        default: "col",
        parseHTML: (element) => (element.getAttribute("scope") === "row" ? "row" : "col"),
      },
    };
  },
});

/** An embedded video needs a title naming it (RGAA 2.1: every frame has a title). */
const TitledYoutube = Youtube.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      title: {
        default: null,
        parseHTML: (element) => element.getAttribute("title"),
        renderHTML: (attributes) => (attributes.title ? { title: attributes.title } : {}),
      },
    };
  },
});

export const EDITOR_EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    // Not offered, and not all kept by the sanitiser (pre), so not produced by shortcuts either.
    code: false,
    codeBlock: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: "https",
      // Links open where the reader chooses; the sanitiser adds rel to those opening a tab.
      HTMLAttributes: { target: null, rel: null },
    },
  }),
  Table.configure({ resizable: false }),
  TableRow,
  ScopedTableHeader,
  TableCell,
  Image.configure({ inline: false, allowBase64: false }),
  TitledYoutube.configure({
    nocookie: true,
    width: 640,
    height: 360,
    // Suggestions at the end come from the same channel, not from anywhere on YouTube.
    rel: 0,
    // Pasting a YouTube address would embed a frame without a title.
    addPasteHandler: false,
    HTMLAttributes: { loading: "lazy" },
  }),
];
