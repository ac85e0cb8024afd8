/**
 * Addresses typed in the dialogs of the back-office editor (components/forms/rich-text-editor.tsx).
 * Links may point to the web (http, https), an e-mail address, a phone number or a page of the
 * site ("/formations"); videos to YouTube.
 */

export type ParsedUrl = { ok: true; url: string } | { ok: false; error: string };

/** Why an address is refused; the editor passes them in its language. */
export type LinkUrlMessages = { missing: string; space: string; invalidWeb: string; unknown: string };

export const LINK_URL_MESSAGES: LinkUrlMessages = {
  missing: "Saisissez l'adresse du lien.",
  space: "Une adresse ne contient pas d'espace.",
  invalidWeb: "Cette adresse web n'est pas valide.",
  unknown: "Saisissez une adresse web (https://…), une adresse e-mail, un numéro (tel:…) ou une page du site (/…).",
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$/i;

export function parseLinkUrl(input: string, messages: LinkUrlMessages = LINK_URL_MESSAGES): ParsedUrl {
  const value = input.trim();
  if (!value) return { ok: false, error: messages.missing };
  // Phone numbers are typed with spaces; the address carries none.
  if (/^tel:\+?[0-9 .()-]{3,}$/i.test(value)) return { ok: true, url: `tel:${value.slice(4).replace(/[^0-9+]/g, "")}` };
  if (/\s/.test(value)) return { ok: false, error: messages.space };
  if (/^(?:\/(?!\/)|#)/.test(value)) return { ok: true, url: value };
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(value)) return { ok: true, url: value };
  if (/^https?:\/\//i.test(value)) {
    try {
      new URL(value);
      return { ok: true, url: value };
    } catch {
      return { ok: false, error: messages.invalidWeb };
    }
  }
  if (EMAIL.test(value)) return { ok: true, url: `mailto:${value}` };
  if (DOMAIN.test(value)) return { ok: true, url: `https://${value}` };
  return { ok: false, error: messages.unknown };
}

const YOUTUBE_ID = /^[\w-]{11}$/;

/** The video id of a YouTube address (watch, youtu.be, shorts, embed), or null. */
export function youtubeVideoId(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.replace(/^(www|m)\./, "");
  let id: string | null = null;
  if (host === "youtu.be") id = url.pathname.slice(1);
  else if (host === "youtube.com" || host === "youtube-nocookie.com") {
    const match = url.pathname.match(/^\/(?:embed|shorts|live|v)\/([\w-]+)/);
    id = match ? match[1]! : url.pathname === "/watch" ? url.searchParams.get("v") : null;
  }
  return id && YOUTUBE_ID.test(id) ? id : null;
}
