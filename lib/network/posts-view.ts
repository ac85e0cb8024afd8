import type { NetworkPost } from "@/db/schema";
import { formatPortalDateTimeInput } from "@/lib/dates";
import { type NetworkPostInput, richTextHasText } from "@/lib/validations/network-post";
import type { NetworkLocale } from "./i18n/locale";

/** A post in the reader's language: English where it was written, French otherwise (with its lang). */
export type LocalizedPost = {
  title: string;
  titleLang: NetworkLocale;
  body: string;
  bodyLang: NetworkLocale;
};

export function localizePost(post: Pick<NetworkPost, "titleFr" | "titleEn" | "bodyFr" | "bodyEn">, locale: NetworkLocale): LocalizedPost {
  const english = locale === "en";
  const titleEn = english && post.titleEn?.trim() ? post.titleEn : null;
  const bodyEn = english && richTextHasText(post.bodyEn) ? post.bodyEn : null;
  return {
    title: titleEn ?? post.titleFr,
    titleLang: titleEn ? "en" : "fr",
    body: bodyEn ?? post.bodyFr,
    bodyLang: bodyEn ? "en" : "fr",
  };
}

/** The form's values for an item (or a new news item): strings as the inputs hold them, dates in Paris time. */
export function postFormValues(post: NetworkPost | null): NetworkPostInput {
  return {
    ...(post ? { id: post.id } : {}),
    kind: post?.kind ?? "news",
    status: post?.status ?? "draft",
    titleFr: post?.titleFr ?? "",
    titleEn: post?.titleEn ?? "",
    bodyFr: post?.bodyFr ?? "",
    bodyEn: post?.bodyEn ?? "",
    startsAt: post?.startsAt ? formatPortalDateTimeInput(post.startsAt) : "",
    endsAt: post?.endsAt ? formatPortalDateTimeInput(post.endsAt) : "",
    place: post?.place ?? "",
    onlineUrl: post?.onlineUrl ?? "",
  };
}
