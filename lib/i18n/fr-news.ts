/**
 * French strings of the news (/actualites) and the Infos+ pages (/infos), merged into `fr`
 * (lib/i18n/fr.ts) so components keep one entry point.
 */
export const frNews = {
  news: {
    title: "Actualités",
    breadcrumb: "Actualités",
    intro:
      "Les nouvelles de l'orientation, de la formation et de l'emploi : dispositifs, dates à retenir et initiatives près de chez vous.",
    metaDescription: (region: string) =>
      `Les actualités de l'orientation, de la formation et de l'emploi en ${region} : dispositifs, dates à retenir, initiatives.`,
    searchLabel: "Filtrer les actualités",
    noun: { one: "actualité", other: "actualités" },
    filters: {
      theme: "Thème",
      territory: "Territoire",
      territoryHint: "Les actualités nationales sont montrées partout.",
      dates: "Date de publication",
      datesHint: "Actualités publiées pendant cette période.",
      from: "Publiée à partir du",
      to: "Publiée jusqu'au",
    },
    fromChip: (date: string) => `Depuis le ${date}`,
    toChip: (date: string) => `Jusqu'au ${date}`,
    empty: "Aucune actualité ne correspond à ces critères. Retirez un filtre ou élargissez la période.",
    emptyNone: "Aucune actualité n'est publiée pour le moment. Revenez bientôt !",
    clearFilters: "Voir toutes les actualités",
    rss: "Flux RSS des actualités",
    rssHint: "Suivez les nouvelles publications dans votre lecteur de flux.",
    feedTitle: (siteName: string) => `${siteName} – Actualités`,
    feedDescription: (region: string) => `Les actualités de l'orientation, de la formation et de l'emploi en ${region}.`,
    publishedOn: "Publiée le",
    themesHeading: "Thèmes",
    territoryHeading: "Territoire",
    aboutArticle: "À propos de cet article",
    latest: "Dernières actualités",
    latestIntro: "Dispositifs, dates à retenir et initiatives près de chez vous.",
    seeAll: "Toutes les actualités",
    demoNotice:
      "Article de démonstration, rédigé pour illustrer le portail : les dispositifs nationaux et les liens sont réels, mais vérifiez les conditions à jour sur les sites officiels. Les évènements locaux marqués « démonstration » sont fictifs.",
  },
  infoPages: {
    title: "Infos+",
    breadcrumb: "Infos+",
    intro:
      "Des pages pratiques pour avancer dans votre projet : financer une formation, trouver une alternance, se réorienter, faire valider son expérience…",
    metaDescription:
      "Pages pratiques par profil : financer sa formation, trouver une alternance, se réorienter, faire valider son expérience (VAE).",
    profileLegend: "Afficher les pages pour",
    allProfiles: "Tous les profils",
    noun: { one: "page", other: "pages" },
    forProfile: (label: string) => `pour le profil « ${label} »`,
    empty: "Aucune page d'information n'est publiée pour le moment.",
    emptyForProfile: "Aucune page d'information n'est publiée pour ce profil pour le moment.",
    showAll: "Voir les pages pour tous les profils",
    menuHeading: "Dans Infos+",
    audiencesHeading: "Pour qui ?",
    otherPagesFor: "Les autres pages Infos+ pour :",
    demoNotice:
      "Page de démonstration, rédigée pour illustrer le portail : les dispositifs nationaux et les liens sont réels, mais vérifiez les conditions à jour sur les sites officiels.",
  },
  profileContent: {
    heading: "Infos+ et actualités pour vous",
    infoHeading: "Pages pratiques",
    newsHeading: "Actualités",
    allInfoPages: "Toutes les pages Infos+ pour ce profil",
    allNews: "Toutes les actualités pour ce profil",
  },
};
