/**
 * schema.org structured data for search engines. `<` is escaped so a label containing
 * "</script>" (feeds are third-party text) cannot close the tag and inject markup.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
