import type { Action } from "@/lib/auth/permissions";

/**
 * The two places images are uploaded from: the portal's back office (editors) and the alumni
 * network's editing pages (network publishers). Each area has its own upload permission and its
 * own folder in the store, so each picker lists only its own images: portal editors, who are not
 * network members, never browse the images of members-only network items.
 *
 * The folder is the key's prefix ("reseau/2026/11/<id>.png"), which needs no column: the key is
 * built by the application and never changes.
 */
export const MEDIA_AREAS = ["portal", "network"] as const;
export type MediaArea = (typeof MEDIA_AREAS)[number];

export const MEDIA_UPLOAD_PERMISSION: Record<MediaArea, Action> = {
  portal: "content:edit",
  network: "network:publish",
};

const NETWORK_KEY_PREFIX = "reseau/";

/** The start of the storage keys of an area ("" for the portal, whose keys start with the year). */
export function mediaKeyPrefix(area: MediaArea): string {
  return area === "network" ? NETWORK_KEY_PREFIX : "";
}

export function mediaAreaOfKey(storageKey: string): MediaArea {
  return storageKey.startsWith(NETWORK_KEY_PREFIX) ? "network" : "portal";
}
