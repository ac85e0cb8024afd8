import { Fragment } from "react";
import { splitLinks } from "@/lib/admin/email-preview";

/** A plain-text email with its http(s) links clickable; React escapes everything else. */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, index) =>
        part.href ? (
          <a key={index} href={part.href} rel="noopener noreferrer" className="break-all text-brand-700 underline">
            {part.text}
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
