import type { ListAuditParams } from "@/db/queries/admin-audit";
import type { ListErasuresParams } from "@/db/queries/admin-erasures";
import { type ListOutboxParams, OUTBOX_SORTS, OUTBOX_STATUSES } from "@/db/queries/admin-outbox";
import { type ListUsersParams, USER_SORTS } from "@/db/queries/admin-users";
import { firstParam, isoDay, oneOf, parseTableState, type SearchParamsRecord } from "@/components/data-table/table-params";
import { AUDIT_ACTIONS } from "@/lib/auth/audit";
import { ACCOUNT_STATUSES, GRANTABLE_ROLES } from "@/lib/auth/roles";

/**
 * URL parameters of the back-office lists -> query parameters. Unknown values (a hand-edited
 * link) are ignored rather than refused, so an old bookmark still opens.
 */

/** Filter parameter names, shared with the toolbars of the pages. */
export const USERS_PARAM = { q: "q", role: "role", status: "statut", verified: "verifie" } as const;
export const NO_ROLE = "aucun";

export function parseUsersQuery(params: SearchParamsRecord): ListUsersParams {
  const table = parseTableState(params, { sorts: USER_SORTS, defaultSort: "created", defaultOrder: "desc" });
  const role = oneOf(params, USERS_PARAM.role, [...GRANTABLE_ROLES, NO_ROLE]);
  const verified = oneOf(params, USERS_PARAM.verified, ["oui", "non"] as const);
  return {
    ...table,
    q: firstParam(params, USERS_PARAM.q)?.slice(0, 200),
    role: role === NO_ROLE ? "none" : (role as ListUsersParams["role"]),
    status: oneOf(params, USERS_PARAM.status, ACCOUNT_STATUSES),
    verified: verified === undefined ? undefined : verified === "oui",
  };
}

export const OUTBOX_PARAM = { q: "q", template: "modele", status: "statut" } as const;

export function parseOutboxQuery(params: SearchParamsRecord): ListOutboxParams {
  const table = parseTableState(params, { sorts: OUTBOX_SORTS, defaultSort: "created", defaultOrder: "desc" });
  return {
    ...table,
    q: firstParam(params, OUTBOX_PARAM.q)?.slice(0, 200),
    template: firstParam(params, OUTBOX_PARAM.template)?.slice(0, 100),
    status: oneOf(params, OUTBOX_PARAM.status, OUTBOX_STATUSES),
  };
}

export const AUDIT_PARAM = { action: "action", actor: "acteur", target: "cible", from: "du", to: "au" } as const;
export const AUDIT_SORTS = ["at"] as const;

export function parseAuditQuery(params: SearchParamsRecord): ListAuditParams & { sort: "at" } {
  const table = parseTableState(params, { sorts: AUDIT_SORTS, defaultSort: "at", defaultOrder: "desc" });
  return {
    ...table,
    action: oneOf(params, AUDIT_PARAM.action, AUDIT_ACTIONS),
    actor: firstParam(params, AUDIT_PARAM.actor)?.slice(0, 200),
    target: firstParam(params, AUDIT_PARAM.target)?.slice(0, 200),
    from: isoDay(params, AUDIT_PARAM.from),
    to: isoDay(params, AUDIT_PARAM.to),
  };
}

export const ERASURE_PARAM = { requestedBy: "demande", userId: "compte" } as const;
export const ERASURE_SORTS = ["erasedAt"] as const;
const REQUESTED_BY_PARAM = { titulaire: "self", administrateur: "admin", conservation: "retention" } as const;
export const ERASURE_REQUEST_VALUES = Object.keys(REQUESTED_BY_PARAM) as (keyof typeof REQUESTED_BY_PARAM)[];

export function parseErasureQuery(params: SearchParamsRecord): ListErasuresParams & { sort: "erasedAt" } {
  const table = parseTableState(params, { sorts: ERASURE_SORTS, defaultSort: "erasedAt", defaultOrder: "desc" });
  const requestedBy = oneOf(params, ERASURE_PARAM.requestedBy, ERASURE_REQUEST_VALUES);
  return {
    ...table,
    requestedBy: requestedBy ? REQUESTED_BY_PARAM[requestedBy] : undefined,
    userId: firstParam(params, ERASURE_PARAM.userId)?.slice(0, 100),
  };
}
