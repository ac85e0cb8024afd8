import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ProsePage, SectionTitle, type TocEntry } from "@/components/layout/prose-page";
import { fr } from "@/lib/i18n/fr";
import { getSiteConfig } from "@/lib/site-config";

export const metadata: Metadata = {
  title: fr.pages.accessibility,
  description: "Déclaration d'accessibilité du portail : état de conformité au RGAA, contenus non accessibles, contact et voies de recours.",
};

// Update with the statement whenever an audit or a significant change alters the conformity state.
const STATEMENT_DATE = "24 novembre 2026";

const sections = {
  conformity: { id: "etat-de-conformite", title: "État de conformité" },
  testResults: { id: "resultats-des-tests", title: "Résultats des tests" },
  inaccessibleContent: { id: "contenus-non-accessibles", title: "Contenus non accessibles" },
  statement: { id: "etablissement-de-la-declaration", title: "Établissement de cette déclaration d'accessibilité" },
  feedback: { id: "retour-d-information-et-contact", title: "Retour d'information et contact" },
  remedies: { id: "voies-de-recours", title: "Voies de recours" },
} satisfies Record<string, TocEntry>;

export default async function AccessibilityPage() {
  const { siteName, regionName, siteUrl } = await getSiteConfig();
  return (
    <>
      <PageHeader
        title={fr.pages.accessibility}
        intro={`Déclaration d'accessibilité du site ${siteName}, établie au titre de l'article 47 de la loi n° 2005-102 du 11 février 2005.`}
      />
      <ProsePage toc={Object.values(sections)}>
        <p>
          La Région {regionName} s&apos;engage à rendre ses sites internet, intranet, extranet et ses progiciels
          accessibles conformément à l&apos;article 47 de la loi n° 2005-102 du 11 février 2005 pour l&apos;égalité des
          droits et des chances, la participation et la citoyenneté des personnes handicapées.
        </p>
        <p>
          Cette déclaration d&apos;accessibilité s&apos;applique au site <strong>{siteName}</strong> (
          <span className="break-all">{siteUrl}</span>).
        </p>

        <SectionTitle entry={sections.conformity} />
        <p>
          Le site {siteName} est <strong>partiellement conforme</strong> avec le référentiel général
          d&apos;amélioration de l&apos;accessibilité (RGAA), version 4.1.2, en raison des non-conformités énumérées
          ci-dessous.
        </p>
        <p>
          Un audit de conformité complet, réalisé par un organisme indépendant, est prévu. Cette déclaration sera mise
          à jour avec ses résultats et le taux de conformité mesuré.
        </p>

        <SectionTitle entry={sections.testResults} />
        <p>En attendant cet audit, l&apos;accessibilité du site est vérifiée en continu :</p>
        <ul>
          <li>
            chaque page publique est contrôlée automatiquement, sur ordinateur et sur mobile, avec l&apos;outil axe-core
            (règles WCAG 2.1 niveaux A et AA) avant chaque mise en production ;
          </li>
          <li>la navigation au clavier, le lien d&apos;évitement et la structure des titres sont testés à chaque évolution ;</li>
          <li>les contrastes de couleurs de la charte graphique respectent le niveau AA.</li>
        </ul>

        <SectionTitle entry={sections.inaccessibleContent} />
        <h3>Non-conformités connues</h3>
        <ul>
          <li>
            Les descriptions des formations sont rédigées par les organismes de formation et transmises par le réseau
            des Carif-Oref : leur structure (titres, listes, abréviations) peut ne pas respecter toutes les règles
            d&apos;accessibilité.
          </li>
          <li>
            Certains documents téléchargeables (programmes, plaquettes au format PDF) fournis par les organismes
            peuvent ne pas être accessibles.
          </li>
        </ul>
        <h3>Contenus non soumis à l&apos;obligation d&apos;accessibilité</h3>
        <ul>
          <li>Les contenus de sites tiers vers lesquels le portail renvoie (sites des organismes de formation).</li>
        </ul>

        <SectionTitle entry={sections.statement} />
        <p>Cette déclaration a été établie le {STATEMENT_DATE}.</p>
        <h3>Technologies utilisées pour la réalisation du site</h3>
        <ul>
          <li>HTML5</li>
          <li>CSS</li>
          <li>JavaScript, sans lequel toutes les pages restent consultables</li>
          <li>WAI-ARIA, en complément de la sémantique HTML</li>
        </ul>
        <h3>Environnement de test</h3>
        <p>
          Les vérifications automatisées sont réalisées avec le navigateur Chromium, sur un écran de bureau de 1280
          pixels de large et sur un écran mobile de 390 pixels. L&apos;audit complet couvrira les combinaisons de
          navigateurs et de lecteurs d&apos;écran de la base de référence du RGAA (NVDA et JAWS avec Firefox, VoiceOver
          avec Safari, TalkBack avec Chrome).
        </p>

        <SectionTitle entry={sections.feedback} />
        <p>
          Si vous n&apos;arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site
          pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.
        </p>
        <p>
          Écrivez à la Région {regionName}, service en charge du portail {siteName}, en précisant la page concernée
          (son adresse), le problème rencontré et, si vous le souhaitez, le navigateur et les aides techniques que vous
          utilisez. Nous nous engageons à vous répondre dans un délai d&apos;un mois.
        </p>

        <SectionTitle entry={sections.remedies} />
        <p>
          Si vous constatez un défaut d&apos;accessibilité vous empêchant d&apos;accéder à un contenu ou à une
          fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre
          part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits.
        </p>
        <p>Plusieurs moyens sont à votre disposition :</p>
        <ul>
          <li>
            écrire un message au Défenseur des droits au moyen du formulaire en ligne disponible sur{" "}
            <a href="https://formulaire.defenseurdesdroits.fr/">formulaire.defenseurdesdroits.fr</a> ;
          </li>
          <li>
            contacter le délégué du Défenseur des droits dans votre région (liste sur{" "}
            <a href="https://www.defenseurdesdroits.fr/carte-des-delegues">defenseurdesdroits.fr</a>) ;
          </li>
          <li>
            envoyer un courrier par la poste, gratuitement et sans mettre de timbre :
            <address className="mt-2">
              Défenseur des droits
              <br />
              Libre réponse 71120
              <br />
              75342 Paris CEDEX 07
            </address>
          </li>
        </ul>
      </ProsePage>
    </>
  );
}
