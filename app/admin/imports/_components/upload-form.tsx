"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { checkUploadFile, IMPORT_MODES, UPLOAD_ACCEPT, UPLOAD_MAX_LABEL } from "@/lib/validations/import-upload";

type UploadData = { runId: number; status: "succeeded" | "rejected" | "failed"; rejectionReason: string | null; reindexFailed: boolean };

type Phase =
  | { kind: "idle" }
  | { kind: "sending"; percent: number }
  | { kind: "importing" }
  | { kind: "error"; message: string; runId?: number };

const MODE_TEXT: Record<(typeof IMPORT_MODES)[number], { label: string; hint: string }> = {
  full: {
    label: "Complet",
    hint: "Le fichier contient toute l'offre à publier : les offres importées par un précédent téléversement et absentes de ce fichier seront retirées du catalogue.",
  },
  partial: {
    label: "Partiel",
    hint: "Le fichier ajoute ou met à jour des offres ; aucune offre n'est retirée.",
  },
};

const NETWORK_ERROR = "L'envoi a été interrompu (connexion perdue ?). Le catalogue n'a pas été modifié ; veuillez réessayer.";

/**
 * Sends the file as the raw request body with XMLHttpRequest, the only browser API that reports
 * upload progress, then waits for the import to finish and opens its report.
 */
function send(file: File, mode: string, onProgress: (percent: number) => void): Promise<ActionResult<UploadData>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/admin/imports/televerser/envoi?${new URLSearchParams({ nom: file.name, mode })}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.upload.onload = () => onProgress(100);
    xhr.onload = () => {
      const body = xhr.response as ActionResult<UploadData> | null;
      resolve(body && typeof body === "object" && "ok" in body ? body : { ok: false, error: NETWORK_ERROR });
    };
    xhr.onerror = () => resolve({ ok: false, error: NETWORK_ERROR });
    xhr.send(file);
  });
}

export function UploadForm() {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const busy = phase.kind === "sending" || phase.kind === "importing";

  useEffect(() => {
    if (phase.kind === "error") alertRef.current?.focus();
  }, [phase]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const file = inputRef.current?.files?.[0];
    const problem = checkUploadFile(file);
    setFieldError(problem);
    if (problem || !file) {
      setPhase({ kind: "idle" });
      inputRef.current?.focus();
      return;
    }
    const mode = String(new FormData(event.currentTarget).get("mode") ?? "full");
    setPhase({ kind: "sending", percent: 0 });
    const result = await send(file, mode, (percent) => setPhase(percent >= 100 ? { kind: "importing" } : { kind: "sending", percent }));
    if (!result.ok) {
      setPhase({ kind: "error", message: result.error });
      return;
    }
    if (result.data.status !== "succeeded") {
      setPhase({ kind: "error", runId: result.data.runId, message: result.data.rejectionReason ?? "Le fichier a été refusé." });
      return;
    }
    router.push(`/admin/imports/${result.data.runId}`);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={busy || undefined} className="flex max-w-2xl flex-col gap-6">
      {phase.kind === "error" && (
        <div ref={alertRef} tabIndex={-1} className="focus:outline-none">
          <Alert tone="error" live="alert" title={phase.runId ? "Le fichier a été refusé : le catalogue n'a pas été modifié." : "Le fichier n'a pas été importé."}>
            <p>{phase.message}</p>
            {phase.runId && (
              <p className="mt-1">
                <Link href={`/admin/imports/${phase.runId}`} className="font-semibold underline">
                  Voir le rapport de l&apos;import n° {phase.runId}
                </Link>
              </p>
            )}
          </Alert>
        </div>
      )}

      <div className="flex flex-col gap-1">
        <label htmlFor="fichier-lheo" className="font-semibold text-ink">
          Fichier LHEO <span className="font-normal text-ink-muted">(obligatoire)</span>
        </label>
        <p id="fichier-lheo-aide" className="text-sm text-ink-muted">
          Formats acceptés : .xml ou .xml.gz (LHEO 2.2 ou 2.3). Taille maximale : {UPLOAD_MAX_LABEL}.
        </p>
        <input
          ref={inputRef}
          id="fichier-lheo"
          name="fichier"
          type="file"
          accept={UPLOAD_ACCEPT}
          required
          disabled={busy}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "fichier-lheo-aide fichier-lheo-erreur" : "fichier-lheo-aide"}
          onChange={() => setFieldError(null)}
          className={clsx(
            "rounded-lg border bg-white p-2 text-base text-ink file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-semibold file:text-brand-800",
            fieldError ? "border-red-700 ring-1 ring-red-700" : "border-field",
          )}
        />
        {fieldError && (
          <p id="fichier-lheo-erreur" className="text-sm font-semibold text-red-800">
            <span className="sr-only">Erreur : </span>
            {fieldError}
          </p>
        )}
      </div>

      <fieldset className="flex flex-col gap-3" disabled={busy}>
        <legend className="mb-1 font-semibold text-ink">Mode d&apos;import</legend>
        {IMPORT_MODES.map((mode) => (
          <div key={mode} className="flex items-start gap-3">
            <input
              id={`mode-${mode}`}
              type="radio"
              name="mode"
              value={mode}
              defaultChecked={mode === "full"}
              aria-describedby={`mode-${mode}-aide`}
              className="mt-1 size-5 shrink-0 accent-brand-700"
            />
            <div>
              <label htmlFor={`mode-${mode}`} className="font-semibold text-ink">
                {MODE_TEXT[mode].label}
              </label>
              <p id={`mode-${mode}-aide`} className="text-sm text-ink-muted">
                {MODE_TEXT[mode].hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>

      <div className="flex flex-col gap-3">
        <div>
          <Button pending={busy} pendingLabel={phase.kind === "sending" ? "Envoi en cours…" : "Import en cours…"}>
            Importer le fichier
          </Button>
        </div>
        {phase.kind === "sending" && (
          <div className="flex flex-col gap-1">
            <label htmlFor="progression-envoi" className="text-sm font-semibold">
              Envoi du fichier : {phase.percent} %
            </label>
            <progress id="progression-envoi" max={100} value={phase.percent} className="h-3 w-full max-w-md accent-brand-700" />
          </div>
        )}
        {/* Announces the steps only: a percentage read aloud at every change would drown the rest. */}
        <p role="status" className="text-sm font-semibold">
          {phase.kind === "sending" && "Envoi du fichier en cours."}
          {phase.kind === "importing" &&
            "Fichier reçu. Import en cours : cela peut prendre plusieurs minutes pour un gros fichier ; le rapport s'ouvrira ensuite."}
        </p>
      </div>
    </form>
  );
}
