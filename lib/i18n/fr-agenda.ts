/**
 * French strings of the agenda's calendar view and iCal exports, merged into `fr` (lib/i18n/fr.ts)
 * so components keep one entry point.
 */
export const frAgenda = {
  agenda: {
    views: {
      label: "Affichage des évènements",
      list: "Liste",
      calendar: "Calendrier",
    },
    calendar: {
      caption: (month: string) => `Évènements de ${month}`,
      navigation: "Changer de mois",
      previous: "Mois précédent",
      next: "Mois suivant",
      thisMonth: "Revenir au mois en cours",
      today: "aujourd'hui",
      inMonth: (month: string) => `en ${month}`,
      empty: (month: string) => `Aucun évènement ne correspond à votre recherche en ${month}.`,
      emptyHint: "Consultez un autre mois ou retirez des filtres.",
      nextEvent: (month: string) => `Le prochain évènement correspondant a lieu en ${month}.`,
      showMonth: (month: string) => `Voir ${month}`,
      continued: "suite",
      until: (time: string) => `jusqu'à ${time}`,
      allDay: "toute la journée",
      truncated: (shown: number) =>
        `Seuls les ${shown} premiers évènements du mois sont affichés : précisez votre recherche avec les filtres.`,
      more: (count: number) => (count > 1 ? `+ ${count} autres` : "+ 1 autre"),
      moreOn: (day: string) => `le ${day}`,
    },
    subscribe: {
      heading: "S'abonner à l'agenda",
      text:
        "Ajoutez ces évènements à votre application d'agenda (Google Agenda, Outlook, Calendrier d'Apple, Thunderbird…) : ils s'y mettront à jour tout seuls, avec les filtres de type, de format, de public, de lieu et de département choisis ci-dessus.",
      webcal: "S'abonner dans mon application d'agenda",
      https: "Adresse du flux iCal (à copier dans « Ajouter un agenda à partir d'une URL »)",
      feedName: (siteName: string) => `Agenda ${siteName}`,
      feedDescription: (regionName: string) =>
        `Orientation · formation · emploi : les évènements en ${regionName}`,
    },
    addToCalendar: "Ajouter à mon agenda",
    addToCalendarHint: "(fichier .ics)",
    ical: {
      online: "En ligne",
      registration: (url: string) => `Inscription : ${url}`,
      organiser: (name: string) => `Organisé par ${name}`,
      details: (url: string) => `Plus d'informations : ${url}`,
      onlineLink: (url: string) => `Lien de connexion : ${url}`,
    },
  },
};
