import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { PublicShell } from "@/components/layout/public-shell";
import { fr } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: fr.notFound.title };

// Unmatched URLs render here, outside the (public) layout, so the shell is added explicitly.
export default function NotFound() {
  return (
    <PublicShell>
      <NotFoundContent />
    </PublicShell>
  );
}
