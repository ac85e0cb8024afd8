import type { RenderedEmail } from "@/lib/email/templates";
import type { NetworkLocale } from "./i18n/locale";

/**
 * E-mails of the alumni network, in the recipient's language (network_members.locale). Plain
 * text with a matching minimal HTML version; every value put into HTML is escaped.
 */

type Link = { href: string; label: string };
export type NetworkEmailBlock = { paragraph: string } | { link: Link } | { list: string[] };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Renders blocks as text and HTML, with `lang` set for the recipient's mail reader. */
export function renderNetworkEmail(locale: NetworkLocale, signature: string, subject: string, blocks: NetworkEmailBlock[]): RenderedEmail {
  const text = [
    ...blocks.map((block) => {
      if ("paragraph" in block) return block.paragraph;
      if ("link" in block) return `${block.link.label}${locale === "fr" ? " :" : ":"}\n${block.link.href}`;
      return block.list.map((item) => `- ${item}`).join("\n");
    }),
    `—\n${signature}`,
  ].join("\n\n");
  const body = blocks
    .map((block) => {
      if ("paragraph" in block) return `<p>${escapeHtml(block.paragraph)}</p>`;
      if ("link" in block) return `<p><a href="${escapeHtml(block.link.href)}">${escapeHtml(block.link.label)}</a></p>`;
      return `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
    })
    .join("");
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1b">${body}<p style="color:#555">— ${escapeHtml(signature)}</p></body></html>`;
  return { subject, text, html };
}

const NETWORK = { fr: "Réseau international des alumni", en: "International Alumni Network" };

export function networkVerifyEmailTemplate(locale: NetworkLocale, siteName: string, link: string): RenderedEmail {
  const sig = `${NETWORK[locale]} – ${siteName}`;
  if (locale === "en")
    return renderNetworkEmail(locale, sig, `Confirm your e-mail address – ${NETWORK.en}`, [
      { paragraph: "Hello," },
      { paragraph: "You have applied to join the International Alumni Network. First, please confirm your e-mail address." },
      { link: { href: link, label: "Confirm my address" } },
      { paragraph: "This link is valid for 24 hours. Your request will then be reviewed by the network administrators, who will tell you their decision by e-mail." },
      { paragraph: "If you did not make this request, please ignore this message." },
    ]);
  return renderNetworkEmail(locale, sig, `Confirmez votre adresse électronique – ${NETWORK.fr}`, [
    { paragraph: "Bonjour," },
    { paragraph: "Vous avez demandé à rejoindre le réseau international des alumni. Confirmez d'abord votre adresse électronique." },
    { link: { href: link, label: "Confirmer mon adresse" } },
    { paragraph: "Ce lien est valable 24 heures. Votre demande sera ensuite examinée par les administrateurs du réseau, qui vous communiqueront leur décision par courriel." },
    { paragraph: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message." },
  ]);
}

/** To the owner of an address that already has an account: sign in, then apply from the signed-in form. */
export function networkAlreadyRegisteredTemplate(locale: NetworkLocale, siteName: string, links: { signIn: string; reset: string }): RenderedEmail {
  const sig = `${NETWORK[locale]} – ${siteName}`;
  if (locale === "en")
    return renderNetworkEmail(locale, sig, `You already have an account – ${NETWORK.en}`, [
      { paragraph: "Hello," },
      { paragraph: `Someone, perhaps you, asked to join the International Alumni Network with this address, which already has an account on ${siteName}.` },
      { paragraph: "Sign in with that account, then send your membership request from the sign-up page of the network:" },
      { link: { href: links.signIn, label: "Sign in and apply" } },
      { link: { href: links.reset, label: "I forgot my password" } },
      { paragraph: "If you did not make this request, please ignore this message: your account has not been changed." },
    ]);
  return renderNetworkEmail(locale, sig, `Vous avez déjà un compte – ${NETWORK.fr}`, [
    { paragraph: "Bonjour," },
    { paragraph: `Quelqu'un, peut-être vous, a demandé à rejoindre le réseau international des alumni avec cette adresse, qui a déjà un compte sur ${siteName}.` },
    { paragraph: "Connectez-vous avec ce compte, puis envoyez votre demande d'adhésion depuis la page d'inscription du réseau :" },
    { link: { href: links.signIn, label: "Me connecter et envoyer ma demande" } },
    { link: { href: links.reset, label: "J'ai oublié mon mot de passe" } },
    { paragraph: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre compte n'a pas été modifié." },
  ]);
}

export type MembershipRequestSummary = {
  kind: "alumni" | "organisation_member";
  name: string;
  email: string;
  /** Country of origin (alumni) or organisation (organisation member), already labelled. */
  detail: string;
};

/** To each network administrator: a new request, with the link to decide. */
export function membershipRequestTemplate(locale: NetworkLocale, siteName: string, request: MembershipRequestSummary, link: string): RenderedEmail {
  const sig = `${NETWORK[locale]} – ${siteName}`;
  if (locale === "en") {
    const kind = request.kind === "alumni" ? "alumni" : "training organisation member";
    return renderNetworkEmail(locale, sig, `New membership request (${kind}) – ${NETWORK.en}`, [
      { paragraph: "Hello," },
      { paragraph: `A new ${kind} membership request is waiting for a decision:` },
      { list: [`Name: ${request.name}`, `E-mail: ${request.email}`, `${request.kind === "alumni" ? "Country of origin" : "Organisation"}: ${request.detail}`] },
      { paragraph: "After checking membership, approve or refuse the request:" },
      { link: { href: link, label: "Review the request" } },
    ]);
  }
  const kind = request.kind === "alumni" ? "alumni" : "membre d'un organisme de formation";
  return renderNetworkEmail(locale, sig, `Nouvelle demande d'adhésion (${kind}) – ${NETWORK.fr}`, [
    { paragraph: "Bonjour," },
    { paragraph: `Une nouvelle demande d'adhésion (${kind}) attend votre décision :` },
    { list: [`Nom : ${request.name}`, `Adresse électronique : ${request.email}`, `${request.kind === "alumni" ? "Pays d'origine" : "Organisme"} : ${request.detail}`] },
    { paragraph: "Après avoir vérifié l'appartenance au réseau, activez ou refusez le profil :" },
    { link: { href: link, label: "Examiner la demande" } },
  ]);
}

/** To the applicant: the decision. */
export function membershipDecisionTemplate(locale: NetworkLocale, siteName: string, approved: boolean, link: string): RenderedEmail {
  const sig = `${NETWORK[locale]} – ${siteName}`;
  if (locale === "en")
    return approved
      ? renderNetworkEmail(locale, sig, `Welcome to the network – ${NETWORK.en}`, [
          { paragraph: "Hello," },
          { paragraph: "Your membership request has been approved: you can now sign in and reach the International Alumni Network." },
          { link: { href: link, label: "Go to the network" } },
          { paragraph: "Take a moment to complete your profile: the other members will find you more easily." },
        ])
      : renderNetworkEmail(locale, sig, `Your membership request – ${NETWORK.en}`, [
          { paragraph: "Hello," },
          { paragraph: "The network administrators could not confirm your membership, so your request has not been accepted. Your account on the portal remains open." },
          { paragraph: "If you think this is a mistake, please contact the portal's team:" },
          { link: { href: link, label: "Contact" } },
        ]);
  return approved
    ? renderNetworkEmail(locale, sig, `Bienvenue dans le réseau – ${NETWORK.fr}`, [
        { paragraph: "Bonjour," },
        { paragraph: "Votre demande d'adhésion a été acceptée : vous pouvez maintenant vous connecter et accéder au réseau international des alumni." },
        { link: { href: link, label: "Accéder au réseau" } },
        { paragraph: "Prenez un instant pour compléter votre profil : les autres membres vous trouveront plus facilement." },
      ])
    : renderNetworkEmail(locale, sig, `Votre demande d'adhésion – ${NETWORK.fr}`, [
        { paragraph: "Bonjour," },
        { paragraph: "Les administrateurs du réseau n'ont pas pu confirmer votre appartenance : votre demande n'a pas été acceptée. Votre compte sur le portail reste ouvert." },
        { paragraph: "Si vous pensez qu'il s'agit d'une erreur, contactez l'équipe du portail :" },
        { link: { href: link, label: "Nous contacter" } },
      ]);
}

/** The yearly reminder to update one's profile. */
export function profileReminderTemplate(locale: NetworkLocale, siteName: string, link: string): RenderedEmail {
  const sig = `${NETWORK[locale]} – ${siteName}`;
  if (locale === "en")
    return renderNetworkEmail(locale, sig, `Is your profile up to date? – ${NETWORK.en}`, [
      { paragraph: "Hello," },
      { paragraph: "Once a year we ask every member to check their profile: new position, new company, new country? An up-to-date directory helps everyone." },
      { link: { href: link, label: "Update my profile" } },
      { paragraph: "If nothing has changed, you can ignore this message." },
    ]);
  return renderNetworkEmail(locale, sig, `Votre profil est-il à jour ? – ${NETWORK.fr}`, [
    { paragraph: "Bonjour," },
    { paragraph: "Une fois par an, nous invitons chaque membre à vérifier son profil : nouvelle fonction, nouvelle société, nouveau pays ? Un annuaire à jour profite à tous." },
    { link: { href: link, label: "Mettre à jour mon profil" } },
    { paragraph: "Si rien n'a changé, vous pouvez ignorer ce message." },
  ]);
}
