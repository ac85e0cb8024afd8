import type { EndpointReference } from "@/lib/api/openapi/reference";
import { CodeBlock } from "./code-block";
import { InlineCode } from "./inline-code";
import { FieldsTable, ParametersTable } from "./reference-tables";

const ERROR_ANCHORS: Record<number, { slug: string; label: string }> = {
  400: { slug: "parametre-invalide", label: "400 paramètre invalide" },
  401: { slug: "cle-invalide", label: "401 clé invalide" },
  404: { slug: "introuvable", label: "404 introuvable" },
  429: { slug: "trop-de-requetes", label: "429 trop de requêtes" },
  500: { slug: "erreur-interne", label: "500 erreur interne" },
};

/** One endpoint: what it does, its parameters, examples, the shape of its answer and its errors. */
export function EndpointSection({ endpoint }: { endpoint: EndpointReference }) {
  const headingId = `point-${endpoint.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h3 id={headingId} className="scroll-mt-6">
        <span className="mr-2 rounded bg-brand-700 px-2 py-0.5 font-mono text-sm text-white">GET</span>
        <code className="break-all">{endpoint.path}</code>
      </h3>
      <p className="font-semibold">{endpoint.summary}</p>
      <p>
        <InlineCode text={endpoint.description} />
      </p>

      {endpoint.parameters.length > 0 && (
        <>
          <h4 className="mt-6 font-bold text-brand-900">Paramètres</h4>
          <ParametersTable caption={`Paramètres de ${endpoint.path}`} parameters={endpoint.parameters} />
        </>
      )}

      <h4 className="mt-6 font-bold text-brand-900">{endpoint.examples.length > 1 ? "Exemples" : "Exemple"}</h4>
      {endpoint.examples.map((example) => (
        <CodeBlock key={example.url} label={`Exemple d'appel de ${endpoint.path}`}>
          {example.curl}
        </CodeBlock>
      ))}

      <h4 className="mt-6 font-bold text-brand-900">Réponse</h4>
      {endpoint.response.kind === "json" ? (
        <>
          <p>
            JSON, objet <code>{endpoint.response.component}</code> :
          </p>
          <FieldsTable caption={`Champs de ${endpoint.response.component}`} fields={endpoint.response.fields} />
          {endpoint.response.item && (
            <>
              <p>
                Chaque élément de <code>resultats</code> est un objet <code>{endpoint.response.item.component}</code> :
              </p>
              <FieldsTable caption={`Champs de ${endpoint.response.item.component}`} fields={endpoint.response.item.fields} />
            </>
          )}
        </>
      ) : (
        <p>
          XML conforme au schéma LHEO 2.3 (espace de noms <code>http://lheo.gouv.fr/2.3</code>), type <code>application/xml</code>.
        </p>
      )}
      <p>
        Erreurs possibles :{" "}
        {endpoint.errors.map((status, i) => (
          <span key={status}>
            {i > 0 && ", "}
            <a href={`#${ERROR_ANCHORS[status]?.slug ?? "erreurs"}`}>{ERROR_ANCHORS[status]?.label ?? status}</a>
          </span>
        ))}
        .
      </p>
    </section>
  );
}
