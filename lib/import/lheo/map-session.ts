import { type AnomalyRecorder, SESSION_PATH } from "./anomalies";
import { contentHash } from "./hash";
import type { MappedSession, SessionRow } from "./mapped";
import { attrDate, booleanField, codeField, dateField, flattenExtras, mapAddress, mapContacts, nonEmpty, textField, urlsOf } from "./map-values";
import { attr, child, childrenNamed, childText, descend, type XmlElement } from "./xml-node";

/** dict-type-alternance of a 2.3 session cycle, read to qualify the action's alternance. */
export function sessionAlternanceCodes(el: XmlElement): string[] {
  return childrenNamed(el, "cycle")
    .map((cycle) => childText(child(cycle, "alternance"), "type-alternance"))
    .filter((c): c is string => c !== undefined);
}

export function mapSession(el: XmlElement, actionLheoId: string, rec: AnomalyRecorder): MappedSession | null {
  const path = SESSION_PATH;
  const lheoId = attr(el, "numero");
  if (!lheoId) {
    rec.add("error", "missing-field", `${path}/@numero`, "Session sans numéro : non importée.");
    return null;
  }
  const r = rec.for(lheoId, "session");
  const period = child(el, "periode");
  const startDate = dateField(period, "debut", r, `${path}/periode`);
  const endDate = dateField(period, "fin", r, `${path}/periode`);
  if (startDate && endDate && endDate < startDate) {
    r.add("warning", "inconsistent-dates", `${path}/periode`, `La session se termine (${endDate}) avant de commencer (${startDate}).`);
  }
  if (!period) r.add("warning", "missing-field", `${path}/periode`, "Session sans période : dates inconnues.");
  const registration = descend(el, "periode-inscription", "periode");
  const recruitment = child(el, "recrutement");
  const row: SessionRow = {
    lheoId,
    startDate,
    endDate,
    registrationStart: dateField(registration, "debut", r, `${path}/periode-inscription/periode`),
    registrationEnd: dateField(registration, "fin", r, `${path}/periode-inscription/periode`),
    registrationDetails: textField(el, "modalites-inscription", r, path),
    registrationAddress: mapAddress(descend(el, "adresse-inscription", "adresse"), r, `${path}/adresse-inscription/adresse`),
    recruitmentState: codeField(el, "etat-recrutement", "dict-etat-recrutement", r, path),
    urls: urlsOf(el, "url-session"),
    contacts: mapContacts(el, "contact-session", r, path),
    remote: recruitment ? booleanField(recruitment, "a-distance", r, `${path}/recrutement`) : null,
    lheoCreatedOn: attrDate(el, "datecrea", r, path),
    lheoUpdatedOn: attrDate(el, "datemaj", r, path),
    extras: nonEmpty(flattenExtras(el)),
  };
  return { lheoId, hash: contentHash({ row, actionLheoId }), row };
}
