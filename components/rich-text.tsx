import { sanitizeRichText } from "@/lib/cms/sanitize";
import { clsx } from "clsx";

/**
 * Rich text written in the back office. Stored HTML was sanitised when it was saved; it is
 * sanitised again here so a row written by any other path cannot inject markup.
 */
export function RichText({ html, className }: { html: string | null | undefined; className?: string }) {
  const clean = sanitizeRichText(html);
  if (!clean) return null;
  return <div className={clsx("prose-page rich-text", className)} dangerouslySetInnerHTML={{ __html: clean }} />;
}
