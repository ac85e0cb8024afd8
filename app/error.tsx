"use client";

import { ErrorView } from "@/components/layout/error-view";

// Reached when a layout below the root fails (the public shell itself), so it brings its own landmark.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="contenu" tabIndex={-1}>
      <ErrorView error={error} retry={retry} />
    </main>
  );
}
