import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { ProsePage, SectionTitle, type TocEntry } from "@/components/layout/prose-page";
import { fr } from "@/lib/i18n/fr";
import { getSiteConfig } from "@/lib/site-config";

export const metadata: Metadata = {
  title: fr.pages.legalNotice,
  description: "Éditeur, hébergement, licence du logiciel, sources des données et conditions de réutilisation du portail.",
};

const sections = {
  publisher: { id: "editeur-du-site", title: "Éditeur du site" },
  hosting: { id: "hebergement", title: "Hébergement" },
  software: { id: "logiciel-libre", title: "Logiciel libre" },
  dataSources: { id: "sources-des-donnees", title: "Sources des données" },
  liability: { id: "responsabilite", title: "Responsabilité" },
  reuse: { id: "propriete-intellectuelle-et-reutilisation", title: "Propriété intellectuelle et réutilisation" },
  links: { id: "liens-vers-d-autres-sites", title: "Liens vers d'autres sites" },
  related: { id: "donnees-personnelles-et-accessibilite", title: "Données personnelles et accessibilité" },
} satisfies Record<string, TocEntry>;

export default async function LegalNoticePage() {
  const { siteName, regionName, siteUrl } = await getSiteConfig();
  return (
    <>
      <PageHeader
        title={fr.pages.legalNotice}
        intro={`Informations légales sur le site ${siteName}, conformément à la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique.`}
      />
      <ProsePage toc={Object.values(sections)}>
        <SectionTitle entry={sections.publisher} />
        <p>
          Le site <strong>{siteName}</strong> (<span className="break-all">{siteUrl}</span>) est édité par la Région{" "}
          {regionName}, collectivité territoriale, dans le cadre de sa compétence en matière de formation
          professionnelle, d&apos;orientation et d&apos;information sur les métiers.
        </p>
        <p>
          <strong>Directeur ou directrice de la publication :</strong> la présidente ou le président de la Région{" "}
          {regionName}.
        </p>

        <SectionTitle entry={sections.hosting} />
        <p>
          Le site est hébergé sur une infrastructure exploitée par la Région {regionName} ou par le prestataire
          qu&apos;elle a désigné. Le nom, l&apos;adresse et le numéro de téléphone de l&apos;hébergeur sont communiqués
          sur simple demande adressée à la Région.
        </p>

        <SectionTitle entry={sections.software} />
        <p>
          Le portail fonctionne avec Passerelle, un logiciel libre conçu pour les portails régionaux de la formation
          et des métiers. Il est publié sous la licence publique générale GNU Affero, version 3 ou ultérieure
          (AGPL-3.0). Conformément à cette licence, le code source de la version en service est mis à disposition de
          toute personne qui utilise le site et en fait la demande.
        </p>

        <SectionTitle entry={sections.dataSources} />
        <ul>
          <li>
            <strong>Offre de formation :</strong> informations publiées par les organismes de formation et collectées
            par le réseau des Carif-Oref (centres d&apos;animation, de ressources et d&apos;information sur la formation
            et observatoires régionaux de l&apos;emploi et de la formation), au format national LHEO (langage harmonisé
            d&apos;échange d&apos;informations sur l&apos;offre de formation).
          </li>
          <li>
            <strong>Métiers :</strong> répertoire opérationnel des métiers et des emplois (ROME) de France Travail,
            diffusé en données ouvertes sous Licence Ouverte / Open Licence version 2.0.
          </li>
        </ul>

        <SectionTitle entry={sections.liability} />
        <p>
          Les informations sur les formations (contenus, dates, lieux, tarifs, conditions d&apos;accès) relèvent de la
          responsabilité des organismes qui les publient. Malgré l&apos;attention portée à leur mise à jour quotidienne,
          elles peuvent contenir des erreurs ou être modifiées à tout moment : vérifiez-les auprès de l&apos;organisme
          avant de vous inscrire. La Région {regionName} ne saurait être tenue responsable d&apos;une information
          inexacte transmise par un tiers.
        </p>

        <SectionTitle entry={sections.reuse} />
        <p>
          Sauf mention contraire, les textes rédigés par la Région {regionName} pour ce site peuvent être réutilisés
          librement, à condition d&apos;en mentionner la source et la date de mise à jour. Les marques, logos et
          contenus fournis par des tiers restent la propriété de leurs auteurs.
        </p>

        <SectionTitle entry={sections.links} />
        <p>
          Le portail renvoie vers les sites des organismes de formation et de partenaires. La Région {regionName}{" "}
          n&apos;exerce aucun contrôle sur ces sites et n&apos;est pas responsable de leur contenu. Tout site peut faire
          un lien vers ce portail sans autorisation préalable, à condition de ne pas l&apos;afficher à l&apos;intérieur
          de ses propres pages.
        </p>

        <SectionTitle entry={sections.related} />
        <p>
          Le traitement de vos données est décrit sur la page <Link href="/donnees-personnelles">{fr.pages.privacy}</Link>
          . L&apos;état de conformité du site au référentiel d&apos;accessibilité est présenté dans la{" "}
          <Link href="/accessibilite">déclaration d&apos;accessibilité</Link>.
        </p>
      </ProsePage>
    </>
  );
}
