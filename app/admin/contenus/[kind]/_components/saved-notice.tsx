"use client";

import Link from "next/link";
import type { RefObject } from "react";
import { adminContentPath, CONTENT_KIND_META, type ContentKind } from "@/lib/cms/kinds";
import type { EditorialStatus } from "@/lib/editorial/vocabulary";

export type SavedState = { message: string; id: number; slug: string; status: EditorialStatus };

/** The confirmation after a save, with where to go next: the public page once published, the preview, the history. */
export function SavedNotice({ kind, saved, noticeRef }: { kind: ContentKind; saved: SavedState; noticeRef: RefObject<HTMLDivElement | null> }) {
  return (
    <div
      ref={noticeRef}
      tabIndex={-1}
      className="rounded-lg border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-900"
    >
      <p className="font-bold">
        <span className="sr-only">Succès : </span>
        {saved.message}
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
        {saved.status === "published" && (
          <li>
            <Link href={CONTENT_KIND_META[kind].publicPath(saved.slug)} className="font-semibold text-green-900 underline">
              Voir la page publique
            </Link>
          </li>
        )}
        <li>
          <Link href={adminContentPath(kind, `/${saved.id}/apercu`)} className="font-semibold text-green-900 underline">
            Aperçu
          </Link>
        </li>
        <li>
          <Link href={adminContentPath(kind, `/${saved.id}/historique`)} className="font-semibold text-green-900 underline">
            Historique
          </Link>
        </li>
        <li>
          <Link href={adminContentPath(kind)} className="font-semibold text-green-900 underline">
            Retour à la liste
          </Link>
        </li>
      </ul>
    </div>
  );
}
