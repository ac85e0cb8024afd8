import { clsx } from "clsx";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { signOutAction } from "@/lib/auth/sign-out-action";

/**
 * The header's account corner: "Se connecter / Créer un compte" for visitors; "Mon espace", the
 * alumni network and the back office when the user may enter them, and "Se déconnecter" (a POST
 * form) otherwise.
 */
export async function AccountLinks({ layout }: { layout: "bar" | "stack" }) {
  const user = await getCurrentUser();
  const linkClass = "rounded-md px-2 py-1.5 font-semibold text-brand-800 underline-offset-2 hover:underline";
  const wrap = clsx("flex gap-1", layout === "bar" ? "items-center" : "flex-col items-start");
  if (!user) {
    return (
      <ul className={wrap} aria-label="Compte">
        <li>
          <Link href="/connexion" className={linkClass}>
            Se connecter
          </Link>
        </li>
        <li>
          <Link href="/inscription" className={linkClass}>
            Créer un compte
          </Link>
        </li>
      </ul>
    );
  }
  return (
    <ul className={wrap} aria-label="Compte">
      <li>
        <Link href="/espace" className={linkClass}>
          Mon espace<span className="sr-only"> ({user.name ?? user.email})</span>
        </Link>
      </li>
      {can(user, "network:use") && (
        <li>
          <Link href="/reseau" className={linkClass}>
            Réseau alumni
          </Link>
        </li>
      )}
      {can(user, "backoffice:access") && (
        <li>
          <Link href="/admin" className={linkClass}>
            Back-office
          </Link>
        </li>
      )}
      <li>
        <form action={signOutAction}>
          <button type="submit" className={clsx(linkClass, "cursor-pointer")}>
            Se déconnecter
          </button>
        </form>
      </li>
    </ul>
  );
}
