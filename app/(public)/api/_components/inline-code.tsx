/** Text whose `backticked` parts (Markdown code spans, as in OpenAPI descriptions) become <code>. */
export function InlineCode({ text }: { text: string }) {
  return <>{text.split("`").map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
