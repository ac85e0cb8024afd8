import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { AuthPanel } from "../../_components/auth-panel";

export const metadata: Metadata = { title: "Consultez votre messagerie" };

export default function EmailLinkSentPage() {
  return (
    <AuthPanel title="Consultez votre messagerie">
      <Alert tone="success" title="Demande enregistrée">
        Si un compte actif correspond à cette adresse, un lien de connexion vient de lui être envoyé. Il est
        valable 24 heures et ne sert qu&apos;une fois.
      </Alert>
      <p>
        Rien reçu après quelques minutes ? Vérifiez le dossier des indésirables, ou{" "}
        <Link href="/connexion">faites une nouvelle demande</Link>.
      </p>
    </AuthPanel>
  );
}
