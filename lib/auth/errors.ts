import { CredentialsSignin } from "next-auth";

/** Why a password sign-in was refused; the code reaches the sign-in form, never the details. */
export type SignInErrorCode = "invalid" | "blocked" | "unverified" | "deactivated";

export class PasswordSignInError extends CredentialsSignin {
  constructor(code: SignInErrorCode) {
    super();
    this.code = code;
  }
}

export const SIGN_IN_MESSAGES: Record<SignInErrorCode, string> = {
  invalid: "Adresse électronique ou mot de passe incorrect.",
  blocked:
    "Trop de tentatives de connexion ont échoué. Par sécurité, la connexion est suspendue pendant 15 minutes. Vous pouvez aussi recevoir un lien de connexion par courriel ou réinitialiser votre mot de passe.",
  unverified:
    "Votre adresse électronique n'est pas encore confirmée. Ouvrez le lien reçu par courriel lors de l'inscription ; un nouveau lien vient de vous être envoyé.",
  deactivated: "Ce compte est désactivé. Contactez l'équipe du portail si vous pensez qu'il s'agit d'une erreur.",
};
