"use client";

import { ErrorView } from "@/components/layout/error-view";

// Errors of a public page keep the header and footer: the (public) layout is above this boundary.
export default function PublicError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
