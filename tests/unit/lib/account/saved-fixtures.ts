import type { Db } from "@/db/client";
import {
  events,
  financingSchemes,
  formations,
  organisations,
  resources,
  supportStructures,
  tradeDomains,
  tradeGreatDomains,
  trades,
} from "@/db/schema";

const hash = { contentHash: "test" };

/** One public and one hidden item of every kind, with the ids the search index would use. */
export async function seedPersonalCatalogue(db: Db) {
  const [org] = await db
    .insert(organisations)
    .values({ lheoKey: "org-1", name: "Centre de formation de Toulouse", ...hash })
    .returning({ id: organisations.id });
  const [withdrawnOrg] = await db
    .insert(organisations)
    .values({ lheoKey: "org-2", name: "Ancien centre", status: "withdrawn", ...hash })
    .returning({ id: organisations.id });
  const [formation] = await db
    .insert(formations)
    .values({ lheoId: "F1", title: "Titre professionnel soudeur", organisationId: org!.id, ...hash })
    .returning({ id: formations.id });
  const [withdrawn] = await db
    .insert(formations)
    .values({ lheoId: "F2", title: "Formation retirée", status: "withdrawn", ...hash })
    .returning({ id: formations.id });

  await db.insert(tradeGreatDomains).values({ code: "M", label: "Support à l'entreprise" });
  await db.insert(tradeDomains).values({ code: "M18", label: "Systèmes d'information", greatDomainCode: "M" });
  await db.insert(trades).values([
    { code: "M1805", label: "Développeur / Développeuse informatique", parentCode: "M1805", domainCode: "M18" },
    { code: "M1811", label: "Sous-code rattaché", parentCode: "M1805", domainCode: "M18" },
  ]);

  const editorial = { summary: "Résumé", status: "published" as const };
  const [event] = await db
    .insert(events)
    .values({ ...editorial, slug: "forum-des-metiers", title: "Forum des métiers", startsAt: new Date("2026-05-01T09:00:00Z") })
    .returning({ id: events.id });
  const [draftEvent] = await db
    .insert(events)
    .values({ slug: "brouillon", title: "Évènement en préparation", status: "draft", startsAt: new Date("2026-06-01T09:00:00Z") })
    .returning({ id: events.id });
  const [structure] = await db
    .insert(supportStructures)
    .values({ ...editorial, slug: "mission-locale-toulouse", title: "Mission locale de Toulouse", structureType: "ML" })
    .returning({ id: supportStructures.id });
  const [scheme] = await db
    .insert(financingSchemes)
    .values({ ...editorial, slug: "cpf", title: "Compte personnel de formation", kind: "cpf" })
    .returning({ id: financingSchemes.id });
  const [resource] = await db
    .insert(resources)
    .values({ ...editorial, slug: "guide-orientation", title: "Guide de l'orientation", kind: "guide", url: "https://exemple.test/guide" })
    .returning({ id: resources.id });
  const [archivedResource] = await db
    .insert(resources)
    .values({ slug: "ancien-guide", title: "Ancien guide", kind: "guide", url: "https://exemple.test/ancien", status: "archived" })
    .returning({ id: resources.id });

  return {
    formation: String(formation!.id),
    withdrawnFormation: String(withdrawn!.id),
    organisation: String(org!.id),
    withdrawnOrganisation: String(withdrawnOrg!.id),
    trade: "M1805",
    subTrade: "M1811",
    event: String(event!.id),
    draftEvent: String(draftEvent!.id),
    structure: String(structure!.id),
    financing: String(scheme!.id),
    resource: String(resource!.id),
    archivedResource: String(archivedResource!.id),
  };
}

export type PersonalCatalogue = Awaited<ReturnType<typeof seedPersonalCatalogue>>;
