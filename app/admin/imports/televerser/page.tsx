import type { Metadata } from "next";
import { AdminPageHeader } from "../../_components/admin-page-header";
import { requirePermission } from "@/lib/auth/guards";
import { UploadForm } from "../_components/upload-form";

export const metadata: Metadata = { title: "Téléverser un fichier LHEO" };

export default async function UploadImportPage() {
  await requirePermission("imports:upload", "/admin/imports/televerser");
  return (
    <div className="flex flex-col gap-6">
      <AdminPageHeader
        title="Téléverser un fichier LHEO"
        trail={[{ label: "Imports", href: "/admin/imports" }]}
        intro={
          <div className="space-y-2">
            <p>
              Le fichier est importé dès sa réception, en une seule fois : s&apos;il est refusé (XML mal formé, version
              LHEO inconnue…), le catalogue reste inchangé. Les offres en anomalie sont signalées dans le rapport de
              l&apos;import, qui s&apos;ouvre à la fin.
            </p>
            <p>
              Pour les livraisons régulières, préférez le dossier de dépôt automatique (FTP) : ses fichiers sont importés
              sans intervention.
            </p>
          </div>
        }
      />
      <UploadForm />
      <noscript>
        <p className="font-semibold">L&apos;envoi de fichier nécessite JavaScript pour suivre sa progression ; activez-le pour téléverser.</p>
      </noscript>
    </div>
  );
}
