/** Text preparation shared by the document builders. */

const MAX_BODY = 30_000;

/** The entities rich text (sanitised HTML) contains once its tags are dropped. */
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

/**
 * Feed text as plain text: markup some producers leave in LHEO fields is dropped (the highlighter
 * escapes anyway), whitespace collapsed, and the length bounded so one record cannot bloat the index.
 */
export function plainText(text: string | null | undefined, max = MAX_BODY): string {
  if (!text) return "";
  const plain = text
    .replace(/<[^>]{0,200}>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? " ")
    .replace(/[\uE000\uE001]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > max ? plain.slice(0, max) : plain;
}

/** Appends a value unless an equal one (ignoring case) is already there; keeps first-seen order. */
export function pushUnique(list: string[], value: string | null | undefined): void {
  if (!value) return;
  const trimmed = value.trim();
  if (!trimmed) return;
  const lower = trimmed.toLowerCase();
  if (!list.some((item) => item.toLowerCase() === lower)) list.push(trimmed);
}
