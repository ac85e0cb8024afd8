import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { ProsePage, SectionTitle, type TocEntry } from "@/components/layout/prose-page";
import { TERMS_VERSION } from "@/lib/auth/legal";
import { formatIsoDate } from "@/lib/i18n/format";
import { getSiteConfig } from "@/lib/site-config";

export const metadata: Metadata = {
  title: "Conditions d'utilisation",
  description: "Conditions d'utilisation du portail et de l'espace personnel : accès, compte, engagements, responsabilité.",
};

const sections = {
  purpose: { id: "objet", title: "Objet" },
  access: { id: "acces-au-service", title: "Accès au service" },
  account: { id: "compte-et-espace-personnel", title: "Compte et espace personnel" },
  commitments: { id: "vos-engagements", title: "Vos engagements" },
  alerts: { id: "alertes-par-courriel", title: "Alertes par courriel" },
  content: { id: "informations-publiees", title: "Informations publiées" },
  closing: { id: "suspension-et-suppression", title: "Suspension et suppression du compte" },
  changes: { id: "evolution-des-conditions", title: "Évolution des conditions" },
} satisfies Record<string, TocEntry>;

export default async function TermsPage() {
  const { siteName, regionName } = await getSiteConfig();
  return (
    <>
      <PageHeader
        title="Conditions d'utilisation"
        intro={`Les règles d'usage du portail ${siteName} et de son espace personnel. Version du ${formatIsoDate(TERMS_VERSION)}.`}
      />
      <ProsePage toc={Object.values(sections)}>
        <SectionTitle entry={sections.purpose} />
        <p>
          Le portail {siteName}, édité par la Région {regionName}, informe le public sur les formations, les métiers,
          les organismes, les financements et les lieux d&apos;accompagnement. Ces conditions s&apos;appliquent à toute
          personne qui crée un compte ; la simple consultation du portail reste libre et sans inscription.
        </p>

        <SectionTitle entry={sections.access} />
        <p>
          Le portail est gratuit et accessible à tous. La Région s&apos;efforce d&apos;en assurer la disponibilité mais
          peut l&apos;interrompre pour maintenance ou pour des raisons de sécurité, sans préavis ni indemnité.
        </p>

        <SectionTitle entry={sections.account} />
        <p>
          Le compte est personnel. Vous choisissez un mot de passe robuste, que vous gardez secret ; vous pouvez aussi
          vous connecter par un lien à usage unique envoyé à votre adresse électronique. Après plusieurs tentatives de
          connexion infructueuses, la connexion par mot de passe est suspendue quelques minutes pour protéger votre
          compte.
        </p>
        <p>
          Votre espace personnel conserve les formations, métiers, organismes et événements que vous sauvegardez, vos
          notes, vos recherches enregistrées et l&apos;historique des pages consultées. Vous pouvez télécharger ces
          données ou supprimer votre compte à tout moment depuis <Link href="/espace/compte">Mon compte</Link>.
        </p>

        <SectionTitle entry={sections.commitments} />
        <ul>
          <li>fournir une adresse électronique dont vous êtes titulaire ;</li>
          <li>ne pas tenter d&apos;accéder aux comptes d&apos;autres personnes ni aux espaces réservés ;</li>
          <li>ne pas perturber le fonctionnement du service (envois automatisés massifs, tentatives d&apos;intrusion) ;</li>
          <li>ne pas inscrire dans vos notes de données sensibles concernant des tiers.</li>
        </ul>

        <SectionTitle entry={sections.alerts} />
        <p>
          Si vous activez une alerte sur une recherche, vous recevez au plus un courriel par jour lorsque de nouveaux
          résultats apparaissent. Chaque message contient un lien pour gérer vos alertes ; vous pouvez toutes les
          désactiver depuis votre compte.
        </p>

        <SectionTitle entry={sections.content} />
        <p>
          L&apos;offre de formation provient des organismes, via les flux publiés au format LHEO, et des référentiels
          publics (ROME de France Travail, Formacode, NSF). Malgré le soin apporté à leur mise à jour, ces informations
          peuvent comporter des erreurs : vérifiez dates, tarifs et conditions d&apos;accès auprès de l&apos;organisme
          avant toute inscription.
        </p>

        <SectionTitle entry={sections.closing} />
        <p>
          En cas d&apos;usage contraire à ces conditions, un administrateur peut désactiver un compte. Un compte sans
          connexion depuis trois ans est supprimé, comme l&apos;indique la{" "}
          <Link href="/donnees-personnelles">politique de confidentialité</Link>.
        </p>

        <SectionTitle entry={sections.changes} />
        <p>
          Ces conditions peuvent évoluer. La version acceptée lors de votre inscription est enregistrée avec sa date ;
          en cas de changement substantiel, vous en serez informé.
        </p>
      </ProsePage>
    </>
  );
}
