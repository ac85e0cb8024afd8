import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { fr } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: fr.notFound.title };

// notFound() thrown by a public page renders here, inside the (public) layout's shell.
export default function PublicNotFound() {
  return <NotFoundContent />;
}
