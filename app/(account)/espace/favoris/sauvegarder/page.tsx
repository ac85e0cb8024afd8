import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountPageHeader } from "@/components/account/account-page-header";
import { frAccount } from "@/components/account/messages";
import { getDb } from "@/db";
import { resolveItem } from "@/lib/account/item-resolver";
import { isItemSaved } from "@/lib/account/saved-items";
import { requireUser } from "@/lib/auth/guards";
import { safeReturnPath } from "@/lib/auth/return-path";
import { SEARCH_KINDS, type SearchKind } from "@/lib/search/types";
import { ConfirmSaveForm } from "../../_components/confirm-save-form";
import { kindLabel } from "../../_components/format";

export const metadata: Metadata = { title: `${frAccount.confirm.title} – ${frAccount.spaceName}` };

const PATH = "/espace/favoris/sauvegarder";

/**
 * Where the save button leads when JavaScript is off (and where signing in from a save button
 * lands): it says what will be saved or removed, and a plain form does it, then goes back.
 */
export default async function ConfirmSavePage({ searchParams }: PageProps<"/espace/favoris/sauvegarder">) {
  const params = await searchParams;
  const kind = typeof params.type === "string" && (SEARCH_KINDS as readonly string[]).includes(params.type) ? (params.type as SearchKind) : null;
  const itemId = typeof params.id === "string" && params.id.length <= 64 ? params.id : null;
  const retour = safeReturnPath(params.retour, "/espace/favoris");
  const self = kind && itemId ? `${PATH}?${new URLSearchParams({ type: kind, id: itemId, retour })}` : PATH;
  const user = await requireUser(self);
  if (!kind || !itemId) notFound();

  const db = getDb();
  const ref = { kind, itemId };
  const [item, saved] = await Promise.all([resolveItem(db, ref), isItemSaved(db, user, ref)]);
  const c = frAccount.confirm;

  if (!item && !saved) {
    return (
      <>
        <AccountPageHeader title={c.unavailableTitle} breadcrumbs={[{ label: frAccount.saved.title, href: "/espace/favoris" }, { label: c.title }]} />
        <p className="max-w-2xl">{frAccount.save.unavailable}</p>
        <p className="mt-6">
          <Link href={retour} className="font-semibold text-brand-700 underline hover:text-brand-900">
            {c.back}
          </Link>
        </p>
      </>
    );
  }

  const title = item?.title ?? c.thisItem;
  return (
    <>
      <AccountPageHeader
        title={saved ? c.removeTitle : c.saveTitle}
        breadcrumbs={[{ label: frAccount.saved.title, href: "/espace/favoris" }, { label: c.title }]}
      />
      <div className="max-w-2xl rounded-card border border-line bg-white p-5 shadow-card sm:p-6">
        <p className="text-sm font-semibold tracking-wide text-brand-600 uppercase">{kindLabel(kind)}</p>
        <p className="text-xl font-bold text-brand-900">{title}</p>
        <p className="mt-3">{saved ? c.removeIntro : c.saveIntro}</p>
        <ConfirmSaveForm
          kind={kind}
          itemId={itemId}
          saved={!saved}
          retour={retour}
          submitLabel={saved ? c.removeSubmit : c.saveSubmit}
          cancelLabel={c.cancel}
        />
      </div>
    </>
  );
}
