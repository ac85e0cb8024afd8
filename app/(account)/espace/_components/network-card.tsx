import Link from "next/link";
import { frAccount } from "@/components/account/messages";
import type { NetworkStanding } from "@/lib/network/access";

/**
 * The alumni network in the personal space: the way in for members, an invitation for the
 * others, where their request stands for applicants. Nothing for a refused applicant: the
 * network's own pages tell them whom to contact.
 */
export function NetworkCard({ standing }: { standing: NetworkStanding }) {
  if (standing === "refused") return null;
  const t = frAccount.dashboard.network;
  const text = standing === "member" ? t.member : standing === "pending" ? t.pending : t.invite;
  const action =
    standing === "member" ? { href: "/reseau", label: t.memberLink } : standing === "none" ? { href: "/reseau/inscription", label: t.inviteLink } : null;
  return (
    <section aria-labelledby="reseau-alumni" className="mt-10 rounded-card border border-line bg-white p-5 shadow-card">
      <h2 id="reseau-alumni" className="text-xl font-extrabold tracking-tight text-brand-900">
        {t.heading}
      </h2>
      <p className="mt-2">{text}</p>
      {action && (
        <p className="mt-3">
          <Link href={action.href} className="font-semibold text-brand-700 underline hover:text-brand-900">
            {action.label}
          </Link>
        </p>
      )}
    </section>
  );
}
