import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/admin/format";
import type { ApiKeySummary } from "@/lib/api/keys";
import { RevokeKeyButton } from "./revoke-key-button";

const cell = "border-b border-line px-3 py-2 align-top";

/** Every key, active first; a revoked key stays listed, it explains a partner's 401 errors. */
export function KeysTable({ keys }: { keys: ApiKeySummary[] }) {
  if (keys.length === 0) {
    return <p className="text-ink-muted">Aucune clé pour l&apos;instant : les partenaires utilisent l&apos;API sans clé, avec la limite par défaut.</p>;
  }
  const sorted = [...keys].sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby="titre-cles" tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Clés d&apos;API des applications partenaires, les actives d&apos;abord</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className={cell}>Application et contact</th>
            <th scope="col" className={cell}>Début de la clé</th>
            <th scope="col" className={cell}>Limite</th>
            <th scope="col" className={cell}>Utilisation</th>
            <th scope="col" className={cell}>État</th>
            <th scope="col" className={cell}>
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((key) => (
            <tr key={key.id}>
              <th scope="row" className={`${cell} font-normal`}>
                <span className="block font-semibold">{key.name}</span>
                <span className="block break-words text-ink-muted">{key.contact}</span>
              </th>
              <td className={`${cell} font-mono whitespace-nowrap`}>{key.prefix}…</td>
              <td className={`${cell} whitespace-nowrap`}>{key.perMinute.toLocaleString("fr-FR")} par minute</td>
              <td className={cell}>
                <span className="block">Créée le {formatDateTime(key.createdAt)}</span>
                <span className="block text-ink-muted">{key.lastUsedAt ? `Utilisée le ${formatDateTime(key.lastUsedAt)}` : "Jamais utilisée"}</span>
              </td>
              <td className={cell}>
                {key.revokedAt ? (
                  <>
                    <Badge tone="neutral">Révoquée</Badge>
                    <span className="mt-1 block text-ink-muted">le {formatDateTime(key.revokedAt)}</span>
                  </>
                ) : (
                  <Badge tone="brand">Active</Badge>
                )}
              </td>
              <td className={cell}>{key.revokedAt ? null : <RevokeKeyButton id={key.id} name={key.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
