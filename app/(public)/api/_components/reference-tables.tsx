import type { FieldRow } from "@/lib/api/openapi/describe";
import type { ParameterReference } from "@/lib/api/openapi/reference";
import { InlineCode } from "./inline-code";

const cell = "border-b border-line px-3 py-2 align-top text-left";

/** The parameters of an endpoint: name, meaning, accepted values, default. */
export function ParametersTable({ caption, parameters }: { caption: string; parameters: ParameterReference[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>Paramètre</th>
            <th scope="col" className={cell}>Description</th>
            <th scope="col" className={cell}>Valeurs</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr key={`${p.location}-${p.name}`}>
              <th scope="row" className={`${cell} font-mono font-semibold whitespace-nowrap`}>
                {p.name}
                {p.location === "path" && <span className="block font-sans text-xs font-normal text-ink-muted">dans le chemin</span>}
              </th>
              <td className={cell}>
                <InlineCode text={p.description} />
              </td>
              <td className={cell}>
                {p.type}
                {p.defaultValue !== null && <span className="block text-ink-muted">Par défaut : {p.defaultValue}</span>}
                {p.example !== null && (
                  <span className="block text-ink-muted">
                    Exemple : <code>{p.example}</code>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The fields of a response object. */
export function FieldsTable({ caption, fields }: { caption: string; fields: FieldRow[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>Champ</th>
            <th scope="col" className={cell}>Type</th>
            <th scope="col" className={cell}>Description</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.name}>
              <th scope="row" className={`${cell} font-mono font-semibold`}>{f.name}</th>
              <td className={cell}>{f.type}</td>
              <td className={cell}>
                <InlineCode text={f.description ?? ""} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
