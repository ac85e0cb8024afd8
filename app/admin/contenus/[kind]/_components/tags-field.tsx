"use client";

import { useState } from "react";
import { describedByOf, FieldFrame, fieldId, inputClassName } from "./field-frame";

const splitTags = (text: string) =>
  text
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);

/**
 * Free keywords typed on one line, separated by commas. The text is kept as typed (so a trailing
 * comma does not vanish mid-word) and the list handed to the form on each change.
 */
export function TagsField({
  name,
  label,
  hint,
  error,
  value,
  onChange,
  onBlur,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: readonly string[];
  onChange: (tags: string[]) => void;
  onBlur: () => void;
}) {
  const [text, setText] = useState(() => value.join(", "));
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      <input
        id={fieldId(name)}
        type="text"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(splitTags(event.target.value));
        }}
        onBlur={() => {
          setText(splitTags(text).join(", "));
          onBlur();
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf(name, { hint: Boolean(hint), error: Boolean(error) })}
        className={inputClassName(Boolean(error), "h-11")}
      />
    </FieldFrame>
  );
}
