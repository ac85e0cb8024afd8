import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { SectionTitle, type TocEntry } from "@/components/layout/prose-page";
import { API_BASE_PATH, CACHE_SECONDS } from "@/lib/api/config";
import { buildApiReference } from "@/lib/api/openapi/reference";
import { invalidParameters } from "@/lib/api/problem";
import { getEnv } from "@/lib/env";
import { getSiteConfig } from "@/lib/site-config";
import { CodeBlock } from "./_components/code-block";
import { DocLayout } from "./_components/doc-layout";
import { EndpointSection } from "./_components/endpoint-section";
import { InlineCode } from "./_components/inline-code";

export const metadata: Metadata = {
  title: "API ouverte",
  description:
    "Documentation de l'API publique du catalogue : formations au format LHEO, métiers ROME, organismes, agenda, export LHEO 2.3, description OpenAPI 3.1.",
};

const sections = {
  principles: { id: "principes", title: "Principes" },
  keys: { id: "cles-et-limites", title: "Clés et limites" },
  cache: { id: "cache", title: "Cache et CORS" },
  endpoints: { id: "points-d-acces", title: "Points d'accès" },
  errors: { id: "erreurs", title: "Erreurs" },
  openapi: { id: "description-openapi", title: "Description OpenAPI" },
} satisfies Record<string, TocEntry>;

const ERRORS = [
  { status: 400, slug: "parametre-invalide", title: "400 – Paramètre invalide", text: "Un paramètre est inconnu, mal formé ou hors limites ; `errors` nomme chacun d'eux avec la raison." },
  { status: 401, slug: "cle-invalide", title: "401 – Clé d'API invalide", text: "La clé envoyée est inconnue ou a été révoquée. Une requête sans clé reste possible, avec la limite par défaut." },
  { status: 404, slug: "introuvable", title: "404 – Ressource introuvable", text: "Aucune formation active, fiche métier ou organisme ne correspond à cet identifiant." },
  { status: 429, slug: "trop-de-requetes", title: "429 – Trop de requêtes", text: "La limite par minute est atteinte : attendez le nombre de secondes indiqué par l'en-tête `Retry-After`." },
  { status: 500, slug: "erreur-interne", title: "500 – Erreur interne", text: "Une erreur inattendue : réessayez plus tard, et signalez-la si elle persiste." },
];

export default async function ApiDocumentationPage() {
  const { siteName, siteUrl } = await getSiteConfig();
  const env = getEnv();
  const { baseUrl, endpoints } = buildApiReference({ siteUrl });
  const problemExample = JSON.stringify(
    invalidParameters([{ parameter: "niveau_sortie", detail: "valeurs acceptées : 1, 2, 3, 4, 5, 6, 7, 8." }], `${API_BASE_PATH}/formations`),
    null,
    2,
  );
  return (
    <>
      <PageHeader
        title="API ouverte"
        intro={`Les applications partenaires lisent le catalogue de ${siteName} par HTTP : formations au vocabulaire LHEO, métiers, organismes, agenda et export LHEO 2.3.`}
      />
      <DocLayout toc={Object.values(sections)}>
        <SectionTitle entry={sections.principles} />
        <p>
          L&apos;API est en lecture seule (requêtes <code>GET</code>) et répond en JSON, sauf les documents LHEO en XML. Son adresse de base est :
        </p>
        <CodeBlock label="Adresse de base de l'API">{baseUrl}</CodeBlock>
        <ul>
          <li>
            Les noms suivent LHEO (<code>intitule-formation</code>, <code>action</code>, <code>session</code>, <code>lieu-de-formation</code>…) pour que
            les partenaires du réseau des Carif-Oref s&apos;y retrouvent ; les valeurs sont normalisées : dates ISO 8601, booléens, nombres, codes
            accompagnés de leur libellé, <code>null</code> quand l&apos;information est inconnue.
          </li>
          <li>
            Les filtres de recherche portent les mêmes noms que ceux des pages du portail : une adresse comme{" "}
            <code>/formations?q=cuisine&amp;niveau_sortie=4</code> devient <code>{API_BASE_PATH}/formations?q=cuisine&amp;niveau_sortie=4</code>.
          </li>
          <li>
            Les listes sont paginées par <code>page</code> et <code>par_page</code>, ou par curseur : suivez <code>liens.suivant</code>.
          </li>
        </ul>

        <SectionTitle entry={sections.keys} />
        <p>
          Aucune clé n&apos;est nécessaire : sans clé, chaque adresse a droit à {env.API_RATE_LIMIT_PER_MINUTE.toLocaleString("fr-FR")} requêtes par
          minute. Pour un usage plus soutenu, demandez une clé d&apos;API à l&apos;équipe du portail ; elle a sa propre limite. Envoyez-la dans
          l&apos;un de ces en-têtes :
        </p>
        <CodeBlock label="Appel avec une clé d'API">{`curl -H "Authorization: Bearer VOTRE_CLE" "${baseUrl}/formations?q=cuisine"\ncurl -H "X-API-Key: VOTRE_CLE" "${baseUrl}/formations?q=cuisine"`}</CodeBlock>
        <p>
          Chaque réponse indique la limite (<code>RateLimit-Limit</code>), le nombre de requêtes restantes (<code>RateLimit-Remaining</code>) et le
          délai avant la minute suivante en secondes (<code>RateLimit-Reset</code>). Au-delà, la réponse est une erreur 429 avec{" "}
          <code>Retry-After</code>. Une clé révoquée ou inconnue reçoit une erreur 401.
        </p>

        <SectionTitle entry={sections.cache} />
        <p>
          Chaque réponse porte un <code>ETag</code> : renvoyez-le dans l&apos;en-tête <code>If-None-Match</code> et, si rien n&apos;a changé, la réponse
          est un 304 sans contenu, qui ne compte presque rien. <code>Cache-Control</code> autorise la mise en cache : {CACHE_SECONDS.detail / 60}{" "}
          minutes pour un détail, {CACHE_SECONDS.search} secondes pour une recherche, {CACHE_SECONDS.export / 3600} heure pour l&apos;export.
        </p>
        <p>
          L&apos;API est lisible depuis un navigateur sur un autre domaine (CORS : <code>Access-Control-Allow-Origin: *</code>, sans cookie).
        </p>

        <SectionTitle entry={sections.endpoints} />
        {endpoints.map((endpoint) => (
          <EndpointSection key={endpoint.id} endpoint={endpoint} />
        ))}

        <SectionTitle entry={sections.errors} />
        <p>
          Les erreurs suivent la RFC 9457 (<code>application/problem+json</code>) : <code>type</code> renvoie à la rubrique ci-dessous, <code>detail</code>{" "}
          explique le problème en français. Exemple :
        </p>
        <CodeBlock label="Exemple d'erreur 400">{problemExample}</CodeBlock>
        {ERRORS.map((error) => (
          <section key={error.slug} aria-labelledby={error.slug}>
            <h3 id={error.slug} className="scroll-mt-6">
              {error.title}
            </h3>
            <p>
              <InlineCode text={error.text} />
            </p>
          </section>
        ))}

        <SectionTitle entry={sections.openapi} />
        <p>
          La description complète, au format OpenAPI 3.1, est générée à partir des schémas qui valident les requêtes : elle ne peut pas diverger du
          comportement de l&apos;API. Importez-la dans votre outil (générateur de client, Postman, Swagger UI…) :
        </p>
        <p>
          <a href={`${API_BASE_PATH}/openapi.json`}>Télécharger la description OpenAPI (JSON)</a>
        </p>
      </DocLayout>
    </>
  );
}
