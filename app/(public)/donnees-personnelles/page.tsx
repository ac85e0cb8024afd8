import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ProsePage, SectionTitle, type TocEntry } from "@/components/layout/prose-page";
import { fr } from "@/lib/i18n/fr";
import { getSiteConfig } from "@/lib/site-config";

export const metadata: Metadata = {
  title: fr.pages.privacy,
  description: "Politique de confidentialité : données traitées, finalités, durées de conservation et exercice de vos droits (RGPD).",
};

const sections = {
  controller: { id: "responsable-du-traitement", title: "Responsable du traitement" },
  anonymousVisit: { id: "consulter-le-portail-sans-compte", title: "Consulter le portail sans compte" },
  account: { id: "si-vous-creez-un-espace-personnel", title: "Si vous créez un espace personnel" },
  contact: { id: "si-vous-nous-ecrivez", title: "Si vous nous écrivez" },
  purposes: { id: "finalites-et-base-legale", title: "Finalités et base légale" },
  recipients: { id: "destinataires", title: "Destinataires" },
  retention: { id: "durees-de-conservation", title: "Durées de conservation" },
  security: { id: "securite", title: "Sécurité" },
  rights: { id: "vos-droits", title: "Vos droits" },
} satisfies Record<string, TocEntry>;

export default async function PrivacyPage() {
  const { siteName, regionName } = await getSiteConfig();
  return (
    <>
      <PageHeader
        title={fr.pages.privacy}
        intro="Comment le portail traite vos données personnelles et comment exercer vos droits, conformément au règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés."
      />
      <ProsePage toc={Object.values(sections)}>
        <SectionTitle entry={sections.controller} />
        <p>
          Le responsable du traitement des données collectées sur le site {siteName} est la Région {regionName}. Le
          portail s&apos;inscrit dans sa mission de service public d&apos;information sur la formation professionnelle
          et les métiers.
        </p>

        <SectionTitle entry={sections.anonymousVisit} />
        <p>
          Vous pouvez consulter les formations, les métiers et les organismes sans créer de compte et sans nous
          communiquer votre identité. Nous ne déposons ni cookie publicitaire, ni traceur de mesure d&apos;audience
          soumis à votre consentement, et nous ne vendons aucune donnée.
        </p>
        <h3>Données techniques</h3>
        <p>
          Comme tout site internet, le serveur enregistre des journaux techniques : adresse IP, date et heure de la
          requête, page demandée et type de navigateur. Ces journaux servent uniquement à assurer la sécurité et le bon
          fonctionnement du service et ne sont pas utilisés pour vous identifier.
        </p>
        <h3>Recherches</h3>
        <p>
          Les termes que vous saisissez dans le moteur de recherche peuvent être conservés sans lien avec votre adresse
          IP, afin d&apos;améliorer la pertinence des résultats. Évitez d&apos;y saisir des informations personnelles.
        </p>

        <SectionTitle entry={sections.account} />
        <p>
          Lorsque l&apos;espace personnel est proposé, la création d&apos;un compte est facultative. Elle nécessite une
          adresse électronique et permet d&apos;enregistrer des formations favorites, des recherches ou des alertes.
          Depuis «&nbsp;Mon compte&nbsp;», vous pouvez à tout moment télécharger l&apos;ensemble de ces données (fichier
          JSON, avec l&apos;historique des pages consultées et les événements de sécurité de votre compte) ou
          supprimer votre compte : vos données sont alors effacées, et seule une trace de la suppression, sans votre
          adresse, est conservée.
        </p>

        <SectionTitle entry={sections.contact} />
        <p>
          Le formulaire «&nbsp;Nous contacter&nbsp;» transmet votre nom, votre adresse électronique, le sujet, votre
          message et, le cas échéant, la page d&apos;où vous écrivez à l&apos;équipe du portail, qui s&apos;en sert
          uniquement pour traiter votre demande et vous répondre. La vérification anti-robot est un calcul fait par
          votre appareil, sans service extérieur ni traceur. Pour limiter les envois automatiques, le site compte les
          messages envoyés depuis une même adresse IP et une même adresse électronique : ces adresses n&apos;y sont
          conservées que sous une forme chiffrée et irréversible, effacée après 24 heures.
        </p>

        <SectionTitle entry={sections.purposes} />
        <p>
          Les traitements ont pour finalité l&apos;information du public sur l&apos;offre de formation, les métiers et
          les financements, ainsi que la sécurité du service. Ils reposent sur l&apos;exécution d&apos;une mission
          d&apos;intérêt public (article 6.1.e du RGPD) et, pour l&apos;espace personnel, sur votre consentement
          (article 6.1.a).
        </p>

        <SectionTitle entry={sections.recipients} />
        <p>
          Vos données sont destinées aux seuls services de la Région {regionName} en charge du portail et à ses
          sous-traitants techniques (hébergement, maintenance), tenus à la confidentialité par contrat. Elles ne sont
          jamais transmises aux organismes de formation sans action de votre part.
        </p>

        <SectionTitle entry={sections.retention} />
        <ul>
          <li>Journaux techniques : un an au plus, comme le prévoit la réglementation sur les données de connexion.</li>
          <li>Termes de recherche, sans lien avec votre identité : deux ans au plus, sous forme de statistiques.</li>
          <li>Compte d&apos;espace personnel : jusqu&apos;à sa suppression, ou après trois ans sans connexion.</li>
        </ul>

        <SectionTitle entry={sections.security} />
        <p>
          Les échanges avec le site sont chiffrés (HTTPS). L&apos;accès aux données est réservé aux personnes habilitées
          et les mots de passe ne sont jamais conservés en clair.
        </p>

        <SectionTitle entry={sections.rights} />
        <p>Vous disposez, sur les données qui vous concernent, des droits :</p>
        <ul>
          <li>d&apos;accès et de rectification ;</li>
          <li>d&apos;effacement et de limitation du traitement ;</li>
          <li>d&apos;opposition, pour un motif tenant à votre situation particulière ;</li>
          <li>de retirer votre consentement à tout moment, pour les données de l&apos;espace personnel ;</li>
          <li>à la portabilité des données que vous nous avez fournies.</li>
        </ul>
        <h3>Exercer vos droits</h3>
        <p>
          Adressez votre demande au délégué ou à la déléguée à la protection des données (DPO) de la Région{" "}
          {regionName}, par courrier postal à l&apos;hôtel de Région ou par voie électronique depuis le site
          institutionnel de la Région, en précisant «&nbsp;Portail {siteName}&nbsp;». Une réponse vous sera apportée dans un délai
          d&apos;un mois, prolongeable de deux mois en cas de demande complexe.
        </p>
        <h3>Réclamation auprès de la CNIL</h3>
        <p>
          Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une
          réclamation à la Commission nationale de l&apos;informatique et des libertés (CNIL), en ligne sur{" "}
          <a href="https://www.cnil.fr/fr/plaintes">cnil.fr</a> ou par courrier :
        </p>
        <address>
          Commission nationale de l&apos;informatique et des libertés
          <br />
          3 place de Fontenoy
          <br />
          TSA 80715
          <br />
          75334 Paris CEDEX 07
        </address>
      </ProsePage>
    </>
  );
}
