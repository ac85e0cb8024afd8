/** French messages of the account administration services, shown to administrators as they are. */
export const ADMIN_MESSAGES = {
  userNotFound: "Ce compte n'existe pas ou a déjà été supprimé.",
  lastAdmin:
    "Action impossible : ce compte est le dernier administrateur actif. Donnez d'abord le rôle d'administrateur à un autre compte actif.",
  invalidRoles: "Un des rôles demandés n'existe pas ou ne peut pas être attribué.",
  rolesUnchanged: "Les rôles n'ont pas changé.",
  rolesSaved: "Les rôles ont été enregistrés. Ils s'appliquent dès la prochaine page consultée par la personne.",
  alreadyDeactivated: "Ce compte est déjà désactivé.",
  alreadyActive: "Ce compte est déjà actif.",
  deactivated: (sessions: number) =>
    sessions === 0
      ? "Le compte est désactivé. Aucune session n'était ouverte."
      : `Le compte est désactivé et ${sessions === 1 ? "sa session ouverte a été fermée" : `ses ${sessions} sessions ouvertes ont été fermées`}.`,
  reactivated: "Le compte est réactivé : la personne peut de nouveau se connecter.",
  passwordReset:
    "Le mot de passe a été réinitialisé et les sessions ouvertes fermées. Communiquez le mot de passe temporaire à la personne par un autre moyen : il ne sera plus affiché.",
  deleteConfirmationMismatch: "Saisissez exactement l'adresse électronique du compte pour confirmer la suppression.",
  deleted: "Le compte et ses données personnelles ont été supprimés. L'effacement est consigné dans le registre des effacements.",
} as const;
