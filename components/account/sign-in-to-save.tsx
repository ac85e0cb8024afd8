"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { SearchKind } from "@/lib/search/types";
import { BookmarkIcon } from "./bookmark-icon";
import { frAccount } from "./messages";
import { signInToSaveHref, useCurrentPath } from "./save-links";
import { SCRIPT_ONLY, saveControlClassName, saveLabelClassName, type SaveVariant } from "./save-styles";

type SignInToSaveProps = { kind: SearchKind; itemId: string; title: string; variant: SaveVariant };

/**
 * The save control for anonymous visitors: it leads to the sign-in page, then to the save
 * confirmation, then back here. On detail pages it is a link. On result cards it is a button
 * (the card's title stays its only link, as every card promises) with a <noscript> link.
 */
export function SignInToSave({ kind, itemId, title, variant }: SignInToSaveProps) {
  const router = useRouter();
  const href = signInToSaveHref(kind, itemId, useCurrentPath());
  const name = frAccount.save.signInName(title);
  const content = (
    <>
      <BookmarkIcon />
      <span className={saveLabelClassName(variant)}>{frAccount.save.label}</span>
    </>
  );

  if (variant === "page") {
    return (
      <Link href={href} prefetch={false} aria-label={name} className={saveControlClassName(variant, false)}>
        {content}
        <span className="text-sm font-normal text-ink-muted" aria-hidden="true">
          ({frAccount.save.signInHint})
        </span>
      </Link>
    );
  }
  return (
    <>
      <button
        type="button"
        aria-label={name}
        onClick={() => router.push(href)}
        className={clsx(saveControlClassName(variant, false), SCRIPT_ONLY)}
      >
        {content}
      </button>
      <noscript>
        <a href={href} aria-label={name} className={saveControlClassName(variant, false)}>
          {content}
        </a>
      </noscript>
    </>
  );
}
