/**
 * Email bodies, in French, as plain text with a matching minimal HTML version. Every value put
 * into HTML is escaped; links are absolute (built from SITE_URL, never from a request's Host).
 */

export type RenderedEmail = { subject: string; text: string; html: string };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

type Block = { paragraph: string } | { link: { href: string; label: string } } | { list: string[] };

function render(siteName: string, subject: string, blocks: Block[]): RenderedEmail {
  const text = [
    ...blocks.map((block) => {
      if ("paragraph" in block) return block.paragraph;
      if ("link" in block) return `${block.link.label} :\n${block.link.href}`;
      return block.list.map((item) => `- ${item}`).join("\n");
    }),
    `—\n${siteName}`,
  ].join("\n\n");
  const body = blocks
    .map((block) => {
      if ("paragraph" in block) return `<p>${escapeHtml(block.paragraph)}</p>`;
      if ("link" in block)
        return `<p><a href="${escapeHtml(block.link.href)}">${escapeHtml(block.link.label)}</a></p>`;
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

export function searchAlertTemplate(
  siteName: string,
  searches: { label: string; link: string; titles: string[]; more: number }[],
  settingsLink: string,
): RenderedEmail {
  const total = searches.reduce((sum, s) => sum + s.titles.length + s.more, 0);
  const blocks: Block[] = [
    { paragraph: "Bonjour," },
    { paragraph: total > 1 ? `${total} nouveaux résultats correspondent à vos recherches enregistrées.` : "Un nouveau résultat correspond à vos recherches enregistrées." },
  ];
  for (const search of searches) {
    blocks.push({ paragraph: `« ${search.label} »` });
    blocks.push({ list: search.more > 0 ? [...search.titles, `et ${search.more} autre(s)`] : search.titles });
    blocks.push({ link: { href: search.link, label: "Voir les résultats" } });
  }
  blocks.push({ paragraph: "Vous recevez ce message parce que vous avez activé des alertes. Pour les arrêter :" });
  blocks.push({ link: { href: settingsLink, label: "Gérer mes alertes" } });
  return render(siteName, `Nouveaux résultats pour vos recherches – ${siteName}`, blocks);
}
