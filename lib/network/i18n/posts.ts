/**
 * Strings of the network news and events: the members' pages, the administrators' list and
 * form, the calendar file. Free of server imports (the form is a client component).
 */

type PostStrings = {
  kinds: { news: string; event: string };
  statuses: { draft: string; published: string };
  list: {
    title: string;
    intro: string;
    upcomingHeading: string;
    newsHeading: string;
    pastHeading: string;
    noUpcoming: string;
    noNews: string;
    seeAll: string;
  };
  detail: {
    back: string;
    publishedOn: (date: string) => string;
    when: string;
    where: string;
    online: string;
    onlineLink: string;
    addToCalendar: string;
    addToCalendarHint: string;
    frenchOnly: string;
  };
  admin: {
    title: string;
    intro: string;
    readOnly: string;
    create: string;
    createTitle: string;
    editTitle: string;
    viewTitle: string;
    back: string;
    empty: string;
    caption: string;
    columns: { title: string; kind: string; status: string; date: string; updated: string; author: string };
    englishMissing: string;
  };
  form: {
    kind: string;
    status: string;
    statusHint: string;
    titleFr: string;
    titleEn: string;
    titleEnHint: string;
    bodyFr: string;
    bodyEn: string;
    bodyEnHint: string;
    toolbarFr: string;
    toolbarEn: string;
    eventHeading: string;
    startsAt: string;
    endsAt: string;
    dateHint: string;
    place: string;
    onlineUrl: string;
    onlineUrlHint: string;
    optional: string;
    required: string;
    submit: string;
    saving: string;
    saved: string;
    delete: string;
    deleting: string;
    confirmDelete: string;
    cancel: string;
    successPrefix: string;
    errorPrefix: string;
    deleted: string;
    notFound: string;
    invalid: string;
    emptyAfterSanitize: string;
  };
  ical: { online: string; details: (url: string) => string };
};

const fr: PostStrings = {
  kinds: { news: "Actualité", event: "Événement" },
  statuses: { draft: "Brouillon", published: "Publié" },
  list: {
    title: "Actualités et événements du réseau",
    intro: "Les nouvelles du réseau des alumni et du Campus, et les rencontres à venir.",
    upcomingHeading: "Événements à venir",
    newsHeading: "Actualités",
    pastHeading: "Événements passés",
    noUpcoming: "Aucun événement n'est annoncé pour le moment.",
    noNews: "Aucune actualité n'a encore été publiée.",
    seeAll: "Toutes les actualités et tous les événements",
  },
  detail: {
    back: "Retour aux actualités et événements",
    publishedOn: (date) => `Publié le ${date}`,
    when: "Date",
    where: "Lieu",
    online: "En ligne",
    onlineLink: "Rejoindre l'événement en ligne",
    addToCalendar: "Ajouter à mon agenda",
    addToCalendarHint: "fichier iCalendar (.ics)",
    frenchOnly: "Cette publication n'est pas traduite en anglais : elle est affichée en français.",
  },
  admin: {
    title: "Actualités et événements",
    intro: "Publiez les nouvelles et les événements du réseau. Seules les publications à l'état « Publié » sont visibles des membres.",
    readOnly: "Vous consultez les publications en lecture seule : seuls les administrateurs complets et partiels peuvent publier.",
    create: "Nouvelle publication",
    createTitle: "Nouvelle publication",
    editTitle: "Modifier la publication",
    viewTitle: "Publication",
    back: "Retour à la liste des publications",
    empty: "Aucune publication pour l'instant.",
    caption: "Publications du réseau, dernières modifiées en premier",
    columns: { title: "Titre", kind: "Type", status: "État", date: "Date", updated: "Modifiée le", author: "Auteur" },
    englishMissing: "non traduit en anglais",
  },
  form: {
    kind: "Type de publication",
    status: "État",
    statusHint: "Un brouillon n'est visible que des administrateurs du réseau.",
    titleFr: "Titre en français",
    titleEn: "Titre en anglais",
    titleEnHint: "Sans traduction, les membres qui lisent en anglais voient le titre français.",
    bodyFr: "Texte en français",
    bodyEn: "Texte en anglais",
    bodyEnHint: "Sans traduction, les membres qui lisent en anglais voient le texte français.",
    toolbarFr: "Mise en forme du texte en français",
    toolbarEn: "Mise en forme du texte en anglais",
    eventHeading: "Date et lieu de l'événement",
    startsAt: "Début",
    endsAt: "Fin",
    dateHint: "Heure de Paris.",
    place: "Lieu",
    onlineUrl: "Lien de connexion (événement en ligne)",
    onlineUrlHint: "Adresse complète, commençant par https://.",
    optional: "(facultatif)",
    required: "(obligatoire)",
    submit: "Enregistrer",
    saving: "Enregistrement…",
    saved: "Publication enregistrée.",
    delete: "Supprimer la publication",
    deleting: "Suppression…",
    confirmDelete: "Confirmer la suppression définitive",
    cancel: "Annuler",
    successPrefix: "Succès : ",
    errorPrefix: "Erreur : ",
    deleted: "Publication supprimée.",
    notFound: "Cette publication n'existe plus.",
    invalid: "Le formulaire contient des erreurs : corrigez les champs signalés.",
    emptyAfterSanitize: "Le texte ne contient rien qui puisse être publié (les scripts et contenus externes sont retirés).",
  },
  ical: { online: "En ligne", details: (url) => `Détails : ${url}` },
};

const en: PostStrings = {
  kinds: { news: "News", event: "Event" },
  statuses: { draft: "Draft", published: "Published" },
  list: {
    title: "Network news and events",
    intro: "News from the alumni network and the Campus, and upcoming gatherings.",
    upcomingHeading: "Upcoming events",
    newsHeading: "News",
    pastHeading: "Past events",
    noUpcoming: "No event has been announced yet.",
    noNews: "No news has been published yet.",
    seeAll: "All news and events",
  },
  detail: {
    back: "Back to news and events",
    publishedOn: (date) => `Published on ${date}`,
    when: "Date",
    where: "Place",
    online: "Online",
    onlineLink: "Join the online event",
    addToCalendar: "Add to my calendar",
    addToCalendarHint: "iCalendar file (.ics)",
    frenchOnly: "This item has not been translated into English: it is shown in French.",
  },
  admin: {
    title: "News and events",
    intro: "Publish the network's news and events. Only items in the “Published” state are visible to members.",
    readOnly: "You are viewing the items read-only: only full and partial administrators can publish.",
    create: "New item",
    createTitle: "New item",
    editTitle: "Edit item",
    viewTitle: "Item",
    back: "Back to the list of items",
    empty: "No item yet.",
    caption: "Network items, most recently changed first",
    columns: { title: "Title", kind: "Type", status: "State", date: "Date", updated: "Changed on", author: "Author" },
    englishMissing: "not translated into English",
  },
  form: {
    kind: "Type of item",
    status: "State",
    statusHint: "A draft is visible to the network administrators only.",
    titleFr: "Title in French",
    titleEn: "Title in English",
    titleEnHint: "Without a translation, members reading in English see the French title.",
    bodyFr: "Text in French",
    bodyEn: "Text in English",
    bodyEnHint: "Without a translation, members reading in English see the French text.",
    toolbarFr: "Formatting of the French text",
    toolbarEn: "Formatting of the English text",
    eventHeading: "Date and place of the event",
    startsAt: "Start",
    endsAt: "End",
    dateHint: "Paris time.",
    place: "Place",
    onlineUrl: "Connection link (online event)",
    onlineUrlHint: "Full address, starting with https://.",
    optional: "(optional)",
    required: "(required)",
    submit: "Save",
    saving: "Saving…",
    saved: "Item saved.",
    delete: "Delete the item",
    deleting: "Deleting…",
    confirmDelete: "Confirm permanent deletion",
    cancel: "Cancel",
    successPrefix: "Success: ",
    errorPrefix: "Error: ",
    deleted: "Item deleted.",
    notFound: "This item no longer exists.",
    invalid: "The form has errors: correct the fields shown.",
    emptyAfterSanitize: "The text holds nothing that can be published (scripts and external content are removed).",
  },
  ical: { online: "Online", details: (url) => `Details: ${url}` },
};

export const postStrings: { fr: PostStrings; en: PostStrings } = { fr, en };
export type { PostStrings };
