import type { Contact } from "@/db/schema";
import { type AnomalyRecorder, RESPONSIBLE_PATH, TRAINER_PATH } from "./anomalies";
import { contentHash } from "./hash";
import type { MappedOrganisation, OrganisationRow } from "./mapped";
import { flattenExtras, mapAddress, mapContact, mapContacts, nonEmpty, siretOf, textField } from "./map-values";
import { attr, child, childText, childTexts, descend, type XmlElement } from "./xml-node";

/**
 * Identity of an organisation across imports and feeds: the SIRET when valid (two Carifs describe
 * the same establishment under different numbers), else the feed's numero, else a hash of the name.
 */
export function organisationKey(siret: string | null, numero: string | undefined, name: string | null): string | null {
  if (siret) return siret;
  if (numero) return `numero:${numero}`;
  if (name) return `name:${contentHash(name.toLowerCase().replace(/\s+/g, " ").trim()).slice(0, 16)}`;
  return null;
}

function validSiret(raw: string | undefined, rec: AnomalyRecorder, path: string): string | null {
  if (raw === undefined) return null;
  if (/^\d{14}$/.test(raw)) return raw;
  rec.add("warning", "invalid-siret", path, `SIRET « ${raw} » invalide (14 chiffres attendus) : ignoré.`);
  return null;
}

function finish(key: string, row: OrganisationRow): MappedOrganisation {
  return { key, hash: contentHash(row), row };
}

export function mapResponsible(el: XmlElement, rec: AnomalyRecorder): MappedOrganisation | null {
  const path = RESPONSIBLE_PATH;
  const numero = attr(el, "numero");
  const name = childText(el, "nom-organisme") ?? childText(el, "raison-sociale") ?? null;
  const siret = validSiret(siretOf(el, "SIRET-organisme-formation"), rec, `${path}/SIRET-organisme-formation/SIRET`);
  const key = organisationKey(siret, numero, name);
  if (!key || !name) {
    rec.add("error", "missing-field", `${path}/nom-organisme`, "Organisme responsable sans nom ni identifiant : non importé.");
    return null;
  }
  const orgRec = rec.for(key, "organisation");
  const coordinates = descend(el, "coordonnees-organisme", "coordonnees");
  const contact = mapContact(coordinates, orgRec, `${path}/coordonnees-organisme/coordonnees`);
  const address = contact?.address ?? mapAddress(child(coordinates, "adresse"), orgRec, `${path}/coordonnees-organisme/coordonnees/adresse`);
  return finish(key, {
    lheoKey: key,
    siret,
    activityNumber: childText(el, "numero-activite") ?? null,
    uai: childText(child(el, "code-UAI-organisme-formation"), "code-UAI") ?? null,
    name,
    legalName: childText(el, "raison-sociale") ?? null,
    description: textField(el, "renseignements-specifiques", orgRec, path),
    address: address ?? null,
    lat: address?.lat ?? null,
    lon: address?.lon ?? null,
    contact,
    contacts: mapContacts(el, "contact-organisme", orgRec, path),
    formacodes: childTexts(child(el, "potentiel"), "code-FORMACODE"),
    lheoCreatedOn: null,
    lheoUpdatedOn: null,
    extras: nonEmpty(flattenExtras(el)),
  });
}

export type MappedTrainer = { organisation: MappedOrganisation; contacts: Contact[] | null };

export function mapTrainer(el: XmlElement, rec: AnomalyRecorder): MappedTrainer | null {
  const path = TRAINER_PATH;
  const numero = attr(el, "numero");
  const name = childText(el, "raison-sociale-formateur") ?? null;
  const siret = validSiret(siretOf(el, "SIRET-formateur"), rec, `${path}/SIRET-formateur/SIRET`);
  const key = organisationKey(siret, numero, name);
  if (!key) {
    rec.add("warning", "missing-field", `${path}/raison-sociale-formateur`, "Organisme formateur sans SIRET, numéro ni raison sociale : ignoré.");
    return null;
  }
  const orgRec = rec.for(key, "organisation");
  return {
    organisation: finish(key, {
      lheoKey: key,
      siret,
      activityNumber: null,
      uai: childText(child(el, "code-UAI-formateur"), "code-UAI") ?? null,
      // A trainer known only by its SIRET still needs a display name.
      name: name ?? siret ?? numero ?? key,
      legalName: name,
      description: null,
      address: null,
      lat: null,
      lon: null,
      contact: null,
      contacts: null,
      formacodes: childTexts(child(el, "potentiel"), "code-FORMACODE"),
      lheoCreatedOn: null,
      lheoUpdatedOn: null,
      extras: nonEmpty(flattenExtras(el)),
    }),
    contacts: mapContacts(el, "contact-formateur", orgRec, path),
  };
}
