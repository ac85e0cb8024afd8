"use client";

import { fr } from "@/lib/i18n/fr";

// Replaces the root layout when it fails: no stylesheet, no shell, so the markup carries its own styles.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="fr">
      <body style={{ margin: 0, fontFamily: "system-ui, sans-serif", color: "#17212b", lineHeight: 1.6 }}>
        <title>{fr.error.title}</title>
        <main style={{ maxWidth: "40rem", margin: "0 auto", padding: "4rem 1.5rem" }}>
          <h1 style={{ color: "#0a3249", fontSize: "2rem", lineHeight: 1.2 }}>{fr.error.title}</h1>
          <p>{fr.error.intro}</p>
          <p>{fr.error.hint}</p>
          <p style={{ display: "flex", gap: "1.5rem", alignItems: "center", marginTop: "2rem" }}>
            <button
              type="button"
              onClick={() => retry()}
              style={{
                background: "#0f5274",
                color: "#fff",
                border: 0,
                borderRadius: "0.5rem",
                padding: "0.75rem 1.25rem",
                font: "inherit",
                fontWeight: 600,
                cursor: "pointer",
              }}
            >
              {fr.error.retry}
            </button>
            {/* The root layout failed: reload the document rather than navigate inside a broken app. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- deliberate full reload */}
            <a href="/" style={{ color: "#0f5274", fontWeight: 600 }}>
              {fr.error.backHome}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
