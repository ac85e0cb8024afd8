/**
 * Email bodies, in French, as plain text with a matching minimal HTML version. Every value put
 * into HTML is escaped; links are absolute (built from SITE_URL, never from a request's Host).
 */

export type RenderedEmail = { subject: string; text: string; html: string };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

type Link = { href: string; label: string };
type Block = { paragraph: string } | { link: Link } | { list: string[] } | { links: Link[] } | { quote: string };

function render(siteName: string, subject: string, blocks: Block[]): RenderedEmail {
  const text = [
    ...blocks.map((block) => {
      if ("paragraph" in block) return block.paragraph;
      if ("link" in block) return `${block.link.label} :\n${block.link.href}`;
      if ("links" in block) return block.links.map((link) => `- ${link.label}\n  ${link.href}`).join("\n");
      if ("quote" in block) return block.quote;
      return block.list.map((item) => `- ${item}`).join("\n");
    }),
    `—\n${siteName}`,
  ].join("\n\n");
  const body = blocks
    .map((block) => {
      if ("paragraph" in block) return `<p>${escapeHtml(block.paragraph)}</p>`;
      if ("link" in block)
        return `<p><a href="${escapeHtml(block.link.href)}">${escapeHtml(block.link.label)}</a></p>`;
      if ("links" in block)
        return `<ul>${block.links.map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></li>`).join("")}</ul>`;
      // Someone else's words, line breaks kept.
      if ("quote" in block)
        return `<blockquote style="margin:0;padding:0 0 0 1em;border-left:3px solid #ccc;white-space:pre-wrap">${escapeHtml(block.quote)}</blockquote>`;
      return `<ul>${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
    })
    .join("");
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1b">${body}<p style="color:#555">— ${escapeHtml(siteName)}</p></body></html>`;
  return { subject, text, html };
}

export function verifyEmailTemplate(siteName: string, link: string): RenderedEmail {
  return render(siteName, `Confirmez votre adresse électronique – ${siteName}`, [
    { paragraph: "Bonjour," },
    { paragraph: `Vous venez de créer un compte sur ${siteName}. Pour l'activer, confirmez votre adresse électronique.` },
    { link: { href: link, label: "Confirmer mon adresse" } },
    { paragraph: "Ce lien est valable 24 heures. Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message." },
  ]);
}

export function alreadyRegisteredTemplate(siteName: string, signInLink: string, resetLink: string): RenderedEmail {
  return render(siteName, `Vous avez déjà un compte – ${siteName}`, [
    { paragraph: "Bonjour," },
    { paragraph: `Quelqu'un, peut-être vous, a demandé à créer un compte sur ${siteName} avec cette adresse, qui en a déjà un.` },
    { link: { href: signInLink, label: "Se connecter" } },
    { link: { href: resetLink, label: "J'ai oublié mon mot de passe" } },
    { paragraph: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre compte n'a pas été modifié." },
  ]);
}

export function resetPasswordTemplate(siteName: string, link: string): RenderedEmail {
  return render(siteName, `Réinitialisation de votre mot de passe – ${siteName}`, [
    { paragraph: "Bonjour," },
    { paragraph: "Vous avez demandé à choisir un nouveau mot de passe." },
    { link: { href: link, label: "Choisir un nouveau mot de passe" } },
    { paragraph: "Ce lien est valable 1 heure et ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé." },
  ]);
}

export function adminResetTemplate(siteName: string, link: string): RenderedEmail {
  return render(siteName, `Votre mot de passe a été réinitialisé – ${siteName}`, [
    { paragraph: "Bonjour," },
    { paragraph: `Un administrateur de ${siteName} a réinitialisé votre mot de passe. Choisissez-en un nouveau pour retrouver l'accès à votre compte.` },
    { link: { href: link, label: "Choisir un nouveau mot de passe" } },
    { paragraph: "Ce lien est valable 24 heures." },
  ]);
}

export function signInLinkTemplate(siteName: string, link: string): RenderedEmail {
  return render(siteName, `Votre lien de connexion – ${siteName}`, [
    { paragraph: "Bonjour," },
    { paragraph: `Voici votre lien pour vous connecter à ${siteName}, sans mot de passe.` },
    { link: { href: link, label: "Me connecter" } },
    { paragraph: "Ce lien est valable 24 heures et ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message." },
  ]);
}

export function noAccountTemplate(siteName: string, signUpLink: string): RenderedEmail {
  return render(siteName, `Connexion à ${siteName}`, [
    { paragraph: "Bonjour," },
    { paragraph: `Quelqu'un, peut-être vous, a demandé un lien de connexion à ${siteName} pour cette adresse, mais aucun compte actif n'y est associé.` },
    { link: { href: signUpLink, label: "Créer un compte" } },
    { paragraph: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message." },
  ]);
}

/** One saved search of an alert digest: its new results (the first few, with links) and the rest as a count. */
export type SearchAlertEntry = {
  label: string;
  /** Where the search runs: "Formations", "Métiers", ... */
  engineName: string;
  link: string;
  results: { title: string; link: string }[];
  more: number;
};

export function searchAlertTemplate(
  siteName: string,
  searches: SearchAlertEntry[],
  links: { manage: string; settings: string },
): RenderedEmail {
  const count = (n: number) => (n > 1 ? `${n} nouveaux résultats` : "1 nouveau résultat");
  const total = searches.reduce((sum, s) => sum + s.results.length + s.more, 0);
  const blocks: Block[] = [
    { paragraph: "Bonjour," },
    {
      paragraph:
        total > 1
          ? `${total} nouveaux résultats correspondent à vos recherches enregistrées.`
          : "Un nouveau résultat correspond à vos recherches enregistrées.",
    },
  ];
  for (const search of searches) {
    blocks.push({ paragraph: `${search.label} (${search.engineName}) : ${count(search.results.length + search.more)}` });
    blocks.push({ links: search.results.map((result) => ({ href: result.link, label: result.title })) });
    if (search.more > 0) blocks.push({ paragraph: search.more > 1 ? `Et ${search.more} autres.` : "Et 1 autre." });
    blocks.push({ link: { href: search.link, label: "Voir tous les résultats de cette recherche" } });
  }
  blocks.push({ paragraph: "Vous recevez ce message parce que vous avez activé une alerte sur ces recherches." });
  blocks.push({ link: { href: links.manage, label: "Choisir les recherches suivies" } });
  blocks.push({ link: { href: links.settings, label: "Ne plus recevoir aucune alerte" } });
  return render(siteName, `${count(total)} pour vos recherches – ${siteName}`, blocks);
}

/**
 * Notice that an administrator reset the password. It never carries the temporary password,
 * which the administrator hands over by another channel: a mailbox is not proof of identity here.
 */
export function adminPasswordResetNoticeTemplate(siteName: string, signInLink: string): RenderedEmail {
  return render(siteName, `Votre mot de passe a été réinitialisé par un administrateur – ${siteName}`, [
    { paragraph: "Bonjour," },
    {
      paragraph: `Un administrateur de ${siteName} a réinitialisé le mot de passe de votre compte et fermé vos sessions ouvertes. Il vous communiquera un mot de passe temporaire par un autre moyen que ce courriel.`,
    },
    { paragraph: "À votre prochaine connexion avec ce mot de passe temporaire, vous choisirez un nouveau mot de passe." },
    { link: { href: signInLink, label: "Se connecter" } },
    { paragraph: "Si vous n'attendiez pas ce changement, contactez au plus vite l'équipe du site." },
  ]);
}

/** What the contact form sends to the portal's team; every visitor-supplied value is escaped by render(). */
export type ContactMessageEntry = {
  name: string;
  email: string;
  subjectLabel: string;
  message: string;
  /** Absolute link to the page the visitor came from, when known. */
  originLink: string | null;
};

export function contactMessageTemplate(siteName: string, entry: ContactMessageEntry): RenderedEmail {
  // The subject carries no visitor-typed text: nothing to inject into a header, nothing to phish with.
  return render(siteName, `Formulaire de contact : ${entry.subjectLabel} – ${siteName}`, [
    { paragraph: `Message reçu par le formulaire de contact de ${siteName}.` },
    {
      list: [
        `Nom : ${entry.name}`,
        `Adresse électronique : ${entry.email}`,
        `Sujet : ${entry.subjectLabel}`,
        `Page d'origine : ${entry.originLink ?? "non précisée"}`,
      ],
    },
    { paragraph: "Message :" },
    { quote: entry.message },
    { paragraph: `Pour répondre, utilisez la fonction « Répondre » de votre messagerie : la réponse ira à ${entry.email}.` },
  ]);
}
