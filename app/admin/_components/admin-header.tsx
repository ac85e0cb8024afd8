import Link from "next/link";
import { BrandMark } from "@/components/layout/brand-mark";
import type { SessionUser } from "@/lib/auth";
import { signOutAction } from "@/lib/auth/sign-out-action";

/** The back office's banner: where you are, the way back to the portal, and your account. */
export function AdminHeader({ siteName, user }: { siteName: string; user: SessionUser }) {
  return (
    <header role="banner" className="border-b border-brand-900 bg-brand-800 text-white on-dark">
      <div className="mx-auto flex w-full max-w-[96rem] flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3 lg:px-8">
        <Link href="/admin" className="flex items-center gap-3 rounded-md text-white no-underline">
          <BrandMark className="size-9" />
          <span className="flex flex-col leading-tight">
            <span className="text-lg font-extrabold">{siteName}</span>
            <span className="text-sm text-brand-100">Administration</span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
          <Link href="/" className="font-semibold text-white underline-offset-4 hover:underline">
            Retour au portail
          </Link>
          <details className="group relative">
            <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg border border-brand-300 px-3 py-1.5 font-semibold [&::-webkit-details-marker]:hidden">
              <span className="sr-only">Mon compte : </span>
              <span className="max-w-56 truncate">{user.name ?? user.email}</span>
              <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="size-4 transition-transform group-open:rotate-180">
                <path d="m4 6 4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
              </svg>
            </summary>
            <div className="absolute right-0 z-20 mt-2 w-72 rounded-lg border border-line bg-white p-4 text-ink shadow-card-hover [--focus-color:var(--color-focus)]">
              <p className="text-sm text-ink-muted">Connecté en tant que</p>
              <p className="truncate font-semibold">{user.email}</p>
              <ul className="mt-3 flex flex-col gap-2 border-t border-line pt-3">
                <li>
                  <Link href="/espace" className="font-semibold text-brand-800">
                    Mon espace personnel
                  </Link>
                </li>
                <li>
                  <form action={signOutAction}>
                    <button type="submit" className="cursor-pointer font-semibold text-brand-800 underline">
                      Se déconnecter
                    </button>
                  </form>
                </li>
              </ul>
            </div>
          </details>
        </div>
      </div>
    </header>
  );
}
