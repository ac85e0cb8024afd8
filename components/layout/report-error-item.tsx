"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { fr } from "@/lib/i18n/fr";

/**
 * A list item "Signaler une erreur sur cette page" that opens the contact form with the subject "Le site" and the
 * current page as its origin. Not on the contact page itself. The path only (no query string):
 * enough to find the page, and it keeps the link the same for every search.
 */
export function ReportErrorItem({ className }: { className?: string }) {
  const pathname = usePathname();
  if (!pathname || pathname === "/contact") return null;
  const href = `/contact?${new URLSearchParams({ depuis: pathname, sujet: "site" }).toString()}`;
  return (
    <li>
      <Link href={href} className={className} rel="nofollow">
        {fr.pages.reportError}
      </Link>
    </li>
  );
}
