import { LINK_URL_MESSAGES, type LinkUrlMessages } from "@/lib/cms/editor-urls";
import { type EditorLocale, MEDIA_LABELS, type MediaLabels } from "../media/labels";

/**
 * Every word of the rich text editor: toolbar, dialogs, hints and error messages. French is the
 * default and names the controls of the portal's back office (its end-to-end tests use "Gras",
 * "Insérer un lien"…); English serves the alumni network's editors reading the network in English.
 */
export type { EditorLocale } from "../media/labels";

export type RichTextLabels = {
  /** Name of the toolbar when the page gives none. */
  toolbar: string;
  groups: {
    history: string;
    paragraphType: string;
    formatting: string;
    lists: string;
    links: string;
    media: string;
    table: string;
  };
  buttons: {
    undo: string;
    redo: string;
    paragraph: string;
    heading: (level: 2 | 3 | 4) => string;
    bold: string;
    italic: string;
    bulletList: string;
    orderedList: string;
    quote: string;
    insertLink: string;
    editLink: string;
    removeLink: string;
    insertImage: string;
    editImage: string;
    insertVideo: string;
    editVideo: string;
    insertTable: string;
    addRow: string;
    deleteRow: string;
    addColumn: string;
    deleteColumn: string;
    deleteTable: string;
  };
  dialog: { cancel: string; errorPrefix: string };
  link: {
    insertTitle: string;
    editTitle: string;
    insertSubmit: string;
    editSubmit: string;
    remove: string;
    text: string;
    textMissing: string;
    address: string;
    addressHint: string;
    notAdded: string;
    urls: LinkUrlMessages;
  };
  video: {
    insertTitle: string;
    editTitle: string;
    insertSubmit: string;
    editSubmit: string;
    address: string;
    addressHint: string;
    title: string;
    titleHint: string;
    addressInvalid: string;
    titleMissing: string;
    notAdded: string;
  };
  image: {
    insertTitle: string;
    editTitle: string;
    insertSubmit: string;
    editSubmit: string;
    pending: string;
    noSelection: string;
  };
  media: MediaLabels;
};

const fr: RichTextLabels = {
  toolbar: "Mise en forme du texte",
  groups: {
    history: "Historique",
    paragraphType: "Type de paragraphe",
    formatting: "Mise en forme",
    lists: "Listes et citation",
    links: "Liens",
    media: "Médias",
    table: "Tableau",
  },
  buttons: {
    undo: "Annuler",
    redo: "Rétablir",
    paragraph: "Texte courant",
    heading: (level) => `Titre de niveau ${level} (H${level})`,
    bold: "Gras",
    italic: "Italique",
    bulletList: "Liste à puces",
    orderedList: "Liste numérotée",
    quote: "Citation",
    insertLink: "Insérer un lien",
    editLink: "Modifier le lien",
    removeLink: "Retirer le lien",
    insertImage: "Insérer une image",
    editImage: "Modifier l'image",
    insertVideo: "Insérer une vidéo YouTube",
    editVideo: "Modifier la vidéo",
    insertTable: "Insérer un tableau (3 × 3, avec ligne d'en-tête)",
    addRow: "Ajouter une ligne",
    deleteRow: "Supprimer la ligne",
    addColumn: "Ajouter une colonne",
    deleteColumn: "Supprimer la colonne",
    deleteTable: "Supprimer le tableau",
  },
  dialog: { cancel: "Annuler", errorPrefix: "Erreur : " },
  link: {
    insertTitle: "Insérer un lien",
    editTitle: "Modifier le lien",
    insertSubmit: "Insérer le lien",
    editSubmit: "Modifier le lien",
    remove: "Retirer le lien",
    text: "Texte du lien",
    textMissing: "Saisissez le texte du lien.",
    address: "Adresse du lien",
    addressHint: "Une adresse web (https://…), une page du site (/formations), une adresse e-mail ou un numéro (tel:…).",
    notAdded: "Le lien n'a pas été ajouté : corrigez les champs signalés.",
    urls: LINK_URL_MESSAGES,
  },
  video: {
    insertTitle: "Insérer une vidéo YouTube",
    editTitle: "Modifier la vidéo",
    insertSubmit: "Insérer la vidéo",
    editSubmit: "Enregistrer la vidéo",
    address: "Adresse de la vidéo YouTube",
    addressHint: "Par exemple https://www.youtube.com/watch?v=… ; la vidéo sera lue depuis youtube-nocookie.com.",
    title: "Titre de la vidéo",
    titleHint: "Annoncé aux utilisateurs de lecteurs d'écran, par exemple « Témoignage d'une apprentie en boulangerie ».",
    addressInvalid: "Collez l'adresse d'une vidéo YouTube (https://www.youtube.com/watch?v=… ou https://youtu.be/…).",
    titleMissing: "Donnez un titre à la vidéo.",
    notAdded: "La vidéo n'a pas été ajoutée : corrigez les champs signalés.",
  },
  image: {
    insertTitle: "Insérer une image",
    editTitle: "Modifier l'image",
    insertSubmit: "Insérer l'image",
    editSubmit: "Enregistrer l'image",
    pending: "Envoi de l'image…",
    noSelection: "Choisissez une image à envoyer ou une image récente.",
  },
  media: MEDIA_LABELS.fr,
};

const en: RichTextLabels = {
  toolbar: "Text formatting",
  groups: {
    history: "History",
    paragraphType: "Paragraph type",
    formatting: "Formatting",
    lists: "Lists and quote",
    links: "Links",
    media: "Media",
    table: "Table",
  },
  buttons: {
    undo: "Undo",
    redo: "Redo",
    paragraph: "Normal text",
    heading: (level) => `Heading level ${level} (H${level})`,
    bold: "Bold",
    italic: "Italic",
    bulletList: "Bulleted list",
    orderedList: "Numbered list",
    quote: "Quote",
    insertLink: "Insert a link",
    editLink: "Edit the link",
    removeLink: "Remove the link",
    insertImage: "Insert an image",
    editImage: "Edit the image",
    insertVideo: "Insert a YouTube video",
    editVideo: "Edit the video",
    insertTable: "Insert a table (3 × 3, with a header row)",
    addRow: "Add a row",
    deleteRow: "Delete the row",
    addColumn: "Add a column",
    deleteColumn: "Delete the column",
    deleteTable: "Delete the table",
  },
  dialog: { cancel: "Cancel", errorPrefix: "Error: " },
  link: {
    insertTitle: "Insert a link",
    editTitle: "Edit the link",
    insertSubmit: "Insert the link",
    editSubmit: "Update the link",
    remove: "Remove the link",
    text: "Link text",
    textMissing: "Enter the text of the link.",
    address: "Link address",
    addressHint: "A web address (https://…), a page of the site (/reseau), an e-mail address or a phone number (tel:…).",
    notAdded: "The link was not added: correct the fields shown.",
    urls: {
      missing: "Enter the address of the link.",
      space: "An address contains no spaces.",
      invalidWeb: "This web address is not valid.",
      unknown: "Enter a web address (https://…), an e-mail address, a phone number (tel:…) or a page of the site (/…).",
    },
  },
  video: {
    insertTitle: "Insert a YouTube video",
    editTitle: "Edit the video",
    insertSubmit: "Insert the video",
    editSubmit: "Save the video",
    address: "YouTube video address",
    addressHint: "For example https://www.youtube.com/watch?v=…; the video will be played from youtube-nocookie.com.",
    title: "Video title",
    titleHint: "Announced to screen reader users, for example “An apprentice baker tells her story”.",
    addressInvalid: "Paste the address of a YouTube video (https://www.youtube.com/watch?v=… or https://youtu.be/…).",
    titleMissing: "Give the video a title.",
    notAdded: "The video was not added: correct the fields shown.",
  },
  image: {
    insertTitle: "Insert an image",
    editTitle: "Edit the image",
    insertSubmit: "Insert the image",
    editSubmit: "Save the image",
    pending: "Uploading the image…",
    noSelection: "Choose an image to upload or a recent image.",
  },
  media: MEDIA_LABELS.en,
};

export const RICH_TEXT_LABELS: { fr: RichTextLabels; en: RichTextLabels } = { fr, en };

export function richTextLabels(locale: EditorLocale = "fr"): RichTextLabels {
  return RICH_TEXT_LABELS[locale] ?? fr;
}
