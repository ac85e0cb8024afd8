import Link from "next/link";
import { getDb } from "@/db";
import { getMemberDetail } from "@/db/queries/network-members";
import { getCurrentUser } from "@/lib/auth";
import { getNetworkAccess } from "@/lib/network/access";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { coreStrings } from "@/lib/network/i18n/core";

/**
 * The network's 403 page (rendered by forbidden() in requireNetworkAccess): it tells applicants
 * where their request stands, visitors how to apply, and members that the page is not theirs.
 */
export default async function NetworkForbidden() {
  const locale = await getNetworkLocale();
  const t = pick(coreStrings, locale).forbidden;
  const user = await getCurrentUser();
  const db = getDb();
  const isMember = user ? (await getNetworkAccess(db, user)) !== null : false;
  const member = user && !isMember ? (await getMemberDetail(db, user.id))?.member : null;
  const message = isMember ? t.notAllowed : member?.status === "pending" ? t.pending : member?.status === "refused" ? t.refused : t.notMember;
  return (
    <div className="page-container max-w-3xl py-16 sm:py-20">
      <p className="text-sm font-bold tracking-widest text-brand-600 uppercase">{t.eyebrow}</p>
      <h1 className="mt-3 text-3xl font-extrabold tracking-tight text-brand-900 sm:text-4xl">{t.title}</h1>
      <p className="mt-4 text-lg">{message}</p>
      <ul className="mt-8 flex flex-wrap gap-x-6 gap-y-2">
        {isMember ? (
          <li>
            <Link href="/reseau">{t.home}</Link>
          </li>
        ) : !member ? (
          <li>
            <Link href="/reseau/inscription">{t.apply}</Link>
          </li>
        ) : (
          <li>
            <Link href="/contact">{t.contact}</Link>
          </li>
        )}
      </ul>
    </div>
  );
}
