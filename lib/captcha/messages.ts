/** What visitors read when the anti-robot check refuses a form (shared by the schema and the server). */
export const CAPTCHA_MESSAGES = {
  missing:
    "La vérification anti-robot n'est pas terminée. Patientez un instant ou cochez la case « Je ne suis pas un robot », puis envoyez à nouveau.",
  invalid: "La vérification anti-robot a échoué. Cochez à nouveau la case « Je ne suis pas un robot », puis envoyez à nouveau.",
  expired:
    "La vérification anti-robot a expiré (elle est valable 10 minutes). Cochez à nouveau la case « Je ne suis pas un robot », puis envoyez à nouveau.",
  replayed: "Cette vérification anti-robot a déjà servi. Cochez à nouveau la case « Je ne suis pas un robot », puis envoyez à nouveau.",
} as const;

export type CaptchaFailure = keyof typeof CAPTCHA_MESSAGES;
