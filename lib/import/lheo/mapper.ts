import { type Anomaly, AnomalyRecorder, FORMATION_PATH } from "./anomalies";
import { euLevelFor, isLegacyLevelCode } from "./codes";
import { contentHash } from "./hash";
import { mapAction } from "./map-action";
import type { FormationRow, MappedAction, MappedFormation, MappedOrganisation, MapResult } from "./mapped";
import { mapResponsible } from "./map-organisation";
import { attrDate, booleanField, codeField, flattenExtras, mapContacts, nonEmpty, textField, urlsOf } from "./map-values";
import type { ParsedFormation } from "./parser";
import { cleanText } from "./text";
import { attr, child, childrenNamed, childText, childTexts, textOf, type XmlElement } from "./xml-node";

/** ROME v3/v4 code shape; other values are kept (retired codes still link to old pages) but flagged. */
const ROME_CODE = /^[A-N]\d{4}$/;

function level(el: XmlElement, name: string, parsed: ParsedFormation, rec: AnomalyRecorder) {
  const code = codeField(el, name, "dict-niveaux", rec, FORMATION_PATH);
  if (code !== null && parsed.version === "2.3" && isLegacyLevelCode(code)) {
    const message = `Code niveau « ${code} » de l'ancienne nomenclature dans un flux 2.3 : converti en niveau européen.`;
    rec.add("info", "legacy-level-code", `${FORMATION_PATH}/${name}`, message);
  }
  return { code, eu: code === null ? null : euLevelFor(code) };
}

function certificationsOf(el: XmlElement): MappedFormation["certifications"] {
  const found = new Map<string, MappedFormation["certifications"][number]>();
  const add = (kind: MappedFormation["certifications"][number]["kind"], code: string | undefined) => {
    if (code) found.set(`${kind}:${code}`, { kind, code });
  };
  for (const cert of childrenNamed(el, "certification")) {
    add("RNCP", childText(cert, "code-RNCP")?.replace(/^RNCP/i, ""));
    add("RS", childText(cert, "code-RS")?.replace(/^RS/i, ""));
    add("CERTIFINFO", childText(cert, "code-CERTIFINFO"));
    add("CPF", childText(cert, "code-CPF"));
  }
  for (const type of childrenNamed(el, "code-type-formation")) add("CPF", childText(type, "code-CPF"));
  return [...found.values()];
}

function domainsOf(el: XmlElement): MappedFormation["domains"] {
  const domain = child(el, "domaine-formation");
  const seen = new Set<string>();
  const domains: MappedFormation["domains"] = [];
  for (const c of childrenNamed(domain, "code-FORMACODE")) {
    const code = textOf(c);
    if (!code || seen.has(`f:${code}`)) continue;
    seen.add(`f:${code}`);
    domains.push({ system: "formacode", code, principal: attr(c, "tag") === "principal" });
  }
  for (const code of childTexts(domain, "code-NSF")) {
    if (seen.has(`n:${code}`)) continue;
    seen.add(`n:${code}`);
    domains.push({ system: "nsf", code, principal: false });
  }
  return domains;
}

/**
 * Maps one parsed `<formation>` to catalogue rows plus anomalies. Pure: no I/O, so it is tested
 * without a database and the importer only has to write what it returns.
 */
export function mapFormation(parsed: ParsedFormation): MapResult {
  const el = parsed.element;
  const anomalies: Anomaly[] = [];
  const actionEls = childrenNamed(el, "action");
  const sessionCount = actionEls.reduce((n, a) => n + childrenNamed(a, "session").length, 0);
  const read = { action: actionEls.length, session: sessionCount };
  const lheoId = attr(el, "numero");
  const cleanTitle = cleanText(childText(el, "intitule-formation"));
  const title = cleanTitle.text;
  const rec = new AnomalyRecorder(anomalies, lheoId ?? `formation#${parsed.index + 1}`, "formation");

  if (!lheoId || !title) {
    const consequence = "non importée, avec ses actions et sessions.";
    if (!lheoId) rec.add("error", "missing-field", `${FORMATION_PATH}/@numero`, `Formation sans numéro : ${consequence}`);
    if (!title) rec.add("error", "missing-field", `${FORMATION_PATH}/intitule-formation`, `Formation sans intitulé : ${consequence}`);
    return {
      formation: null,
      anomalies,
      read,
      rejected: { formation: 1, action: read.action, session: read.session, organisation: 0 },
      rejectedIds: { formation: lheoId ? [lheoId] : [], action: [], session: [] },
    };
  }
  if (cleanTitle.hadHtml) {
    rec.add("info", "html-in-text", `${FORMATION_PATH}/intitule-formation`, "Texte contenant du HTML échappé, converti en texte brut (intitule-formation).");
  }

  const organisations: MappedOrganisation[] = [];
  const addOrganisation = (o: MappedOrganisation) => {
    if (!organisations.some((x) => x.key === o.key)) organisations.push(o);
  };
  const responsibleEl = child(el, "organisme-formation-responsable");
  const responsible = responsibleEl ? mapResponsible(responsibleEl, rec) : null;
  if (!responsibleEl) rec.add("warning", "missing-field", `${FORMATION_PATH}/organisme-formation-responsable`, "Formation sans organisme responsable.");
  if (responsible) addOrganisation(responsible);

  const certifications = certificationsOf(el);
  const actions: MappedAction[] = [];
  const rejected = { formation: 0, action: 0, session: 0, organisation: responsibleEl && !responsible ? 1 : 0 };
  const rejectedIds: MapResult["rejectedIds"] = { formation: [], action: [], session: [] };
  for (const actionEl of actionEls) {
    const mapping = mapAction(actionEl, lheoId, certifications.some((c) => c.kind === "CPF"), rec);
    mapping.organisations.forEach(addOrganisation);
    rejected.session += mapping.rejectedSessions;
    rejectedIds.session.push(...mapping.rejectedSessionIds);
    if (mapping.action) actions.push(mapping.action);
    else rejected.action += 1;
  }
  if (!actionEls.length) rec.add("warning", "missing-field", `${FORMATION_PATH}/action`, "Formation sans action : aucune offre concrète.");

  const trades = [...new Set(childTexts(child(el, "domaine-formation"), "code-ROME").map((c) => c.toUpperCase()))];
  for (const code of trades.filter((c) => !ROME_CODE.test(c))) {
    rec.add("warning", "invalid-rome-code", `${FORMATION_PATH}/domaine-formation/code-ROME`, `Code ROME « ${code} » mal formé.`);
  }
  if (!childText(el, "objectif-formation")) {
    rec.add("warning", "missing-field", `${FORMATION_PATH}/objectif-formation`, "Objectif de formation absent.");
  }
  const entry = level(el, "code-niveau-entree", parsed, rec);
  const exit = level(el, "code-niveau-sortie", parsed, rec);
  const row: FormationRow = {
    lheoId,
    title,
    objective: textField(el, "objectif-formation", rec, FORMATION_PATH),
    expectedResults: textField(el, "resultats-attendus", rec, FORMATION_PATH),
    content: textField(el, "contenu-formation", rec, FORMATION_PATH),
    certifying: booleanField(el, "certifiante", rec, FORMATION_PATH) ?? false,
    pathType: codeField(el, "parcours-de-formation", "dict-type-parcours", rec, FORMATION_PATH),
    entryLevelCode: entry.code,
    entryLevel: entry.eu,
    exitLevelCode: exit.code,
    exitLevel: exit.eu,
    generalObjective: codeField(el, "objectif-general-formation", "dict-AIS", rec, FORMATION_PATH),
    urls: urlsOf(el, "url-formation"),
    contacts: mapContacts(el, "contact-formation", rec, FORMATION_PATH),
    moduleId: childText(el, "identifiant-module") ?? null,
    lheoCreatedOn: attrDate(el, "datecrea", rec, FORMATION_PATH),
    lheoUpdatedOn: attrDate(el, "datemaj", rec, FORMATION_PATH),
    extras: nonEmpty(flattenExtras(el)),
  };
  const domains = domainsOf(el);
  const organisationKey = responsible?.key ?? null;
  const hash = contentHash({ row, organisationKey, domains, trades, certifications });
  return {
    formation: { lheoId, hash, row, organisationKey, organisations, domains, trades, certifications, actions },
    anomalies,
    read,
    rejected,
    rejectedIds,
  };
}
