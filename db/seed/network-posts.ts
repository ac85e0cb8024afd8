import { isoDateInTimeZone, parsePortalDateTime } from "@/lib/dates";
import { sanitizeRichText } from "@/lib/cms/sanitize";
import type { NetworkPost } from "../schema";

/**
 * Demo news and events of the alumni network, in French with their English translation. Every
 * item is fictitious and says so in its title and first line; the one piece of practical advice
 * (recognition of a foreign diploma) names the real public service. Dates follow the seed day:
 * items were published in the last weeks and the events are still to come.
 */

const DAY = 24 * 60 * 60 * 1000;

const link = (href: string, text: string) => `<a href="${href}">${text}</a>`;

type DemoPost = Pick<NetworkPost, "kind" | "titleFr" | "titleEn" | "bodyFr" | "bodyEn" | "place" | "onlineUrl"> & {
  /** Days before the seed day the item was published. */
  publishedDaysAgo: number;
  /** Events: days after the seed day, and Paris wall-clock start and end times. */
  event?: { inDays: number; from: string; to: string };
};

const DEMO_POSTS: DemoPost[] = [
  {
    kind: "event",
    titleFr: "Webinaire : obtenir une licence EASA Part-66 après une formation à l'étranger (démonstration)",
    titleEn: "Webinar: getting an EASA Part-66 licence after training abroad (demo)",
    bodyFr: `<p><strong>Événement de démonstration :</strong> ce webinaire est fictif.</p>
<p>La licence de maintenance d'aéronefs prévue par la partie 66 (Part-66) du règlement européen n° 1321/2014 permet de signer la remise en service d'un aéronef. Beaucoup d'alumni formés hors de l'Union européenne se demandent comment y faire reconnaître leur formation et leur expérience.</p>
<h2>Au programme</h2>
<ul><li>les catégories de licence et les modules d'examen ;</li><li>l'expérience pratique exigée selon votre parcours ;</li><li>le rôle des organismes de formation agréés Part-147 et de l'autorité qui délivre la licence ;</li><li>vos questions à un formateur d'un organisme membre du Campus.</li></ul>
<p>Les textes de référence sont publiés par l'${link("https://www.easa.europa.eu", "Agence de l'Union européenne pour la sécurité aérienne (EASA)")}.</p>`,
    bodyEn: `<p><strong>Demo event:</strong> this webinar is fictitious.</p>
<p>The aircraft maintenance licence of Part-66 of European regulation No 1321/2014 allows its holder to certify an aircraft's release to service. Many alumni trained outside the European Union wonder how their training and experience can count towards it.</p>
<h2>Programme</h2>
<ul><li>licence categories and examination modules;</li><li>the practical experience required for your background;</li><li>the role of Part-147 approved training organisations and of the authority issuing the licence;</li><li>your questions to a trainer from a member organisation of the Campus.</li></ul>
<p>The reference texts are published by the ${link("https://www.easa.europa.eu", "European Union Aviation Safety Agency (EASA)")}.</p>`,
    place: null,
    onlineUrl: "https://webinaire.demo-reseau.invalid/part-66",
    publishedDaysAgo: 6,
    event: { inDays: 12, from: "17:30", to: "19:00" },
  },
  {
    kind: "event",
    titleFr: "Job dating aéronautique avec des employeurs de l'agglomération toulousaine (démonstration)",
    titleEn: "Aerospace job dating with employers of the Toulouse area (demo)",
    bodyFr: `<p><strong>Événement de démonstration :</strong> ce job dating, ses participants et son lieu sont fictifs.</p>
<p>Une dizaine d'entreprises de la construction aéronautique, de la maintenance et du spatial recrutent des techniciens, mécaniciens, ingénieurs méthodes et qualité : CDI, CDD et contrats en alternance.</p>
<h2>Comment ça se passe ?</h2>
<ul><li>des entretiens de dix minutes, sans rendez-vous ;</li><li>des CV acceptés en français ou en anglais ;</li><li>un espace conseil pour relire votre CV avec un formateur du Campus.</li></ul>
<p>Apportez plusieurs exemplaires de votre CV et, si vous en avez, vos licences et diplômes.</p>`,
    bodyEn: `<p><strong>Demo event:</strong> this job dating, its participants and its venue are fictitious.</p>
<p>About ten aircraft manufacturing, maintenance and space companies are hiring technicians, mechanics, manufacturing and quality engineers: permanent and fixed-term jobs and work-study contracts.</p>
<h2>How does it work?</h2>
<ul><li>ten-minute interviews, no appointment needed;</li><li>CVs welcome in French or English;</li><li>an advice desk where a Campus trainer reviews your CV with you.</li></ul>
<p>Bring several copies of your CV and, if you have them, your licences and diplomas.</p>`,
    place: "Blagnac – salle de conférences du Campus (démonstration)",
    onlineUrl: null,
    publishedDaysAgo: 4,
    event: { inDays: 24, from: "14:00", to: "18:00" },
  },
  {
    kind: "event",
    titleFr: "Rencontre des alumni à Toulouse (démonstration)",
    titleEn: "Alumni meetup in Toulouse (demo)",
    bodyFr: `<p><strong>Événement de démonstration :</strong> cette rencontre est fictive.</p>
<p>Une soirée pour retrouver les anciens élèves installés en Occitanie, accueillir les nouveaux membres du réseau et partager vos parcours.</p>
<ul><li>présentation des membres arrivés cette année ;</li><li>tables rondes par métier : maintenance, production, bureau d'études, spatial ;</li><li>lancement du parrainage entre alumni expérimentés et jeunes diplômés.</li></ul>`,
    bodyEn: `<p><strong>Demo event:</strong> this meetup is fictitious.</p>
<p>An evening to meet the alumni living in Occitanie, welcome the network's new members and share your career paths.</p>
<ul><li>introduction of this year's new members;</li><li>round tables by trade: maintenance, production, design office, space;</li><li>launch of mentoring between experienced alumni and recent graduates.</li></ul>`,
    place: "Toulouse – lieu communiqué aux inscrits (démonstration)",
    onlineUrl: null,
    publishedDaysAgo: 2,
    event: { inDays: 40, from: "18:30", to: "21:00" },
  },
  {
    kind: "news",
    titleFr: "Bienvenue aux nouveaux membres du réseau (démonstration)",
    titleEn: "Welcome to the network's new members (demo)",
    bodyFr: `<p><strong>Actualité de démonstration :</strong> les chiffres cités sont fictifs.</p>
<p>Ce mois-ci, douze alumni de neuf pays et trois organismes de formation ont rejoint le réseau. Bienvenue à toutes et à tous !</p>
<p>Pensez à compléter votre profil : un poste et une société à jour aident les autres membres à vous retrouver. L'aide du réseau explique ce que les organismes de formation voient de votre profil.</p>`,
    bodyEn: `<p><strong>Demo news:</strong> the figures quoted are fictitious.</p>
<p>This month, twelve alumni from nine countries and three training organisations joined the network. Welcome to you all!</p>
<p>Remember to complete your profile: an up-to-date position and company help other members find you. The network's help explains what training organisations can see of you.</p>`,
    place: null,
    onlineUrl: null,
    publishedDaysAgo: 3,
  },
  {
    kind: "news",
    titleFr: "Portrait : du Maroc aux hangars de Blagnac, le parcours d'une technicienne avionique (démonstration)",
    titleEn: "Portrait: from Morocco to the hangars of Blagnac, an avionics technician's path (demo)",
    bodyFr: `<p><strong>Actualité de démonstration :</strong> ce portrait est fictif.</p>
<p>Arrivée en France pour préparer un bac professionnel aéronautique option avionique, Amina travaille aujourd'hui dans la maintenance en ligne. Elle raconte son alternance, la préparation des modules Part-66 et les premiers mois en équipe de nuit.</p>
<blockquote><p>« Le réseau m'a permis de trouver des anciens qui avaient suivi le même chemin que moi, et de poser les questions que je n'osais pas poser ailleurs. »</p></blockquote>`,
    bodyEn: `<p><strong>Demo news:</strong> this portrait is fictitious.</p>
<p>Amina came to France to prepare a vocational baccalaureate in aeronautics (avionics) and now works in line maintenance. She talks about her work-study years, preparing the Part-66 modules and her first months on the night shift.</p>
<blockquote><p>“The network helped me find alumni who had followed the same path as me, and ask the questions I did not dare ask elsewhere.”</p></blockquote>`,
    place: null,
    onlineUrl: null,
    publishedDaysAgo: 10,
  },
  {
    kind: "news",
    titleFr: "Faire reconnaître un diplôme obtenu à l'étranger : l'attestation de comparabilité (démonstration)",
    titleEn: "Getting a foreign diploma recognised: the statement of comparability (demo)",
    bodyFr: `<p><strong>Actualité de démonstration</strong>, rédigée pour illustrer le réseau.</p>
<p>Pour un employeur ou une école, un diplôme obtenu hors de France n'est pas toujours facile à situer. Le centre ENIC-NARIC France, service de ${link("https://www.france-education-international.fr", "France Éducation international")}, délivre une attestation de comparabilité qui le situe par rapport aux niveaux du système français.</p>
<p>La demande se fait en ligne ; prévoyez des copies de vos diplômes et relevés de notes, et leur traduction si nécessaire.</p>`,
    bodyEn: `<p><strong>Demo news</strong>, written to illustrate the network.</p>
<p>An employer or a school cannot always tell what a diploma obtained outside France stands for. ENIC-NARIC France, a service of ${link("https://www.france-education-international.fr", "France Éducation international")}, issues a statement of comparability placing it against the levels of the French system.</p>
<p>The request is made online; have copies of your diplomas and transcripts ready, translated where needed.</p>`,
    place: null,
    onlineUrl: null,
    publishedDaysAgo: 18,
  },
];

/** The French titles: what makes the seed idempotent (an item whose title exists is not added again). */
export const DEMO_NETWORK_POST_TITLES = DEMO_POSTS.map((post) => post.titleFr);

export type DemoNetworkPostRow = Omit<NetworkPost, "id" | "authorId">;

/** The rows to insert for `today`: published, event dates in Paris time, bodies sanitised like the editor's. */
export function buildDemoNetworkPosts(today: Date): DemoNetworkPostRow[] {
  const day = (offset: number) => isoDateInTimeZone(new Date(today.getTime() + offset * DAY));
  return DEMO_POSTS.map(({ publishedDaysAgo, event, ...post }) => {
    const publishedAt = new Date(today.getTime() - publishedDaysAgo * DAY);
    return {
      ...post,
      bodyFr: sanitizeRichText(post.bodyFr),
      bodyEn: sanitizeRichText(post.bodyEn),
      startsAt: event ? parsePortalDateTime(`${day(event.inDays)}T${event.from}`) : null,
      endsAt: event ? parsePortalDateTime(`${day(event.inDays)}T${event.to}`) : null,
      status: "published",
      publishedAt,
      createdAt: publishedAt,
      updatedAt: publishedAt,
    };
  });
}
