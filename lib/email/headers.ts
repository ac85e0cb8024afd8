/**
 * The extra headers an email may carry. Only a few list headers are allowed: the provider sets
 * every other one, and a header is where an injected line break would add a recipient or a body.
 */

/** Allowed names, in the spelling they are sent with; matched without regard to case. */
export const ALLOWED_EMAIL_HEADERS = ["List-Unsubscribe", "List-Unsubscribe-Post", "List-Id"] as const;

// RFC 5322 limits a line to 998 characters; leave room for the name.
const MAX_VALUE_LENGTH = 900;

// Printable ASCII and spaces only: no CR, LF or other control character, no unencoded non-ASCII.
const SAFE_VALUE = /^[\x20-\x7e]+$/;

const canonicalNames = new Map<string, string>(ALLOWED_EMAIL_HEADERS.map((name) => [name.toLowerCase(), name]));

/**
 * The headers in their canonical spelling, or an error naming what is refused. Headers are
 * written by code, never by visitors, so a refusal is a bug: sendEmail throws on it.
 */
export function checkEmailHeaders(headers: Record<string, string>): { ok: true; headers: Record<string, string> } | { ok: false; error: string } {
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const canonical = canonicalNames.get(name.toLowerCase());
    if (!canonical) return { ok: false, error: `Header not allowed: ${JSON.stringify(name)}` };
    if (canonical in checked) return { ok: false, error: `Header given twice: ${canonical}` };
    if (typeof value !== "string" || !SAFE_VALUE.test(value) || value.trim() !== value || value.length > MAX_VALUE_LENGTH) {
      return { ok: false, error: `Invalid value for header ${canonical}` };
    }
    checked[canonical] = value;
  }
  return { ok: true, headers: checked };
}
