import type { Role } from "@/lib/auth/roles";

/** Accounts created before the server starts (tests/e2e/prepare-server.ts), one per role. */
export const E2E_PASSWORD = "Passerelle-e2e-2026";

export const E2E_ACCOUNTS = {
  visitor: { email: "visiteur@e2e.test", name: "Vera Visiteuse", roles: [] as Role[] },
  editor: { email: "redaction@e2e.test", name: "Émile Éditeur", roles: ["editor"] as Role[] },
  contentManager: { email: "gestion@e2e.test", name: "Gaëlle Gestionnaire", roles: ["content_manager"] as Role[] },
  admin: { email: "admin@e2e.test", name: "Anne Admin", roles: ["admin"] as Role[] },
  alumni: { email: "alumni@e2e.test", name: "Ali Alumni", roles: ["alumni"] as Role[] },
  organisationMember: { email: "organisme@e2e.test", name: "Olga Organisme", roles: ["organisation_member"] as Role[] },
  networkAdmin: { email: "admin-reseau@e2e.test", name: "Nora Réseau", roles: ["network_admin"] as Role[] },
} as const;

export type E2EAccount = keyof typeof E2E_ACCOUNTS;
