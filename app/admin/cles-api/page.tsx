import type { Metadata } from "next";
import Link from "next/link";
import { firstParam } from "@/components/data-table/table-params";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db";
import { API_BASE_PATH, API_DOCS_PATH } from "@/lib/api/config";
import { listApiKeys } from "@/lib/api/keys";
import { requirePermission } from "@/lib/auth/guards";
import { getEnv } from "@/lib/env";
import { AdminPageHeader } from "../_components/admin-page-header";
import { CreateKeyForm } from "./_components/create-key-form";
import { KeysTable } from "./_components/keys-table";

export const metadata: Metadata = { title: "Clés d'API" };

export default async function ApiKeysPage({ searchParams }: PageProps<"/admin/cles-api">) {
  const user = await requirePermission("api_keys:manage", "/admin/cles-api");
  const keys = await listApiKeys(getDb(), user);
  const env = getEnv();
  const info = firstParam(await searchParams, "info");
  return (
    <>
      <AdminPageHeader
        title="Clés d'API"
        intro={
          <p>
            Les applications partenaires lisent le catalogue par l&apos;<Link href={API_DOCS_PATH}>API publique</Link> ({API_BASE_PATH}). Sans clé, chaque
            adresse a droit à {env.API_RATE_LIMIT_PER_MINUTE.toLocaleString("fr-FR")} requêtes par minute ; une clé donne à un partenaire sa propre limite
            et l&apos;identifie. Elle s&apos;envoie dans l&apos;en-tête <code>Authorization: Bearer …</code> ou <code>X-API-Key</code>.
          </p>
        }
      />
      {info === "cle-revoquee" && (
        <Alert tone="success" live="status" className="mb-6">
          La clé est révoquée : les requêtes qui l&apos;utilisent reçoivent désormais une erreur 401.
        </Alert>
      )}
      <section aria-labelledby="titre-cles" className="mb-10">
        <h2 id="titre-cles" className="mb-4 text-xl font-bold text-brand-900">
          Clés existantes
        </h2>
        <KeysTable keys={keys} />
      </section>
      <section aria-labelledby="titre-nouvelle-cle">
        <h2 id="titre-nouvelle-cle" className="mb-4 text-xl font-bold text-brand-900">
          Nouvelle clé
        </h2>
        <CreateKeyForm defaultPerMinute={env.API_KEY_RATE_LIMIT_PER_MINUTE} />
      </section>
    </>
  );
}
