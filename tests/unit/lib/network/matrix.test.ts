import { describe, expect, it } from "vitest";
import {
  ALUMNI_FIELDS,
  allowedFilters,
  canSearchBy,
  canSeeField,
  NETWORK_VIEWERS,
  projectProfile,
  searchableCriteria,
  visibleFields,
} from "@/lib/network/matrix";

/**
 * The two tables of the call for tenders (International Alumni Network, §1.3 d), copied as they
 * are written there: columns CM Bricks, CMQE Direction, Alumni, OF membres CMQE; "X" grants.
 */
const FIELDS_TABLE = `
Pays d'origine	X	X	X	
Pays d'activité	X	X	X	X
Nom	X	X	X	X
Prénom	X	X	X	X
Ecole d'origine	X	X	X	
Société	X	X	X	X
Fonction	X	X	X	X
Type de formation	X	X	X	
Spécialité /titre F°	X	X	X	
Ecole	X	X	X	
Année	X	X	X	
Société de stage	X	X		
Contact email	X	X	X	
Contact téléphone	X	X	X	`;

const SEARCH_TABLE = `
Par pays d'origine	X	X	X	
Par pays d'activité	X	X	X	X
Par nom	X	X	X	
Par prénom	X	X	X	
Par école d'origine	X	X	X	X
Par société	X	X	X	X
Par fonction	X	X		
Par type de formation	X	X	X	
Par spécialité /titre F°	X	X	X	
Par école	X	X	X	
Par année	X	X	X	
Par société de stage	X	X		`;

/** The specification's rows, in its order, as profile fields. */
const ROW_FIELDS = [
  "countryOfOrigin",
  "countryOfActivity",
  "lastName",
  "firstName",
  "schoolOfOrigin",
  "company",
  "position",
  "trainingType",
  "speciality",
  "school",
  "year",
  "internshipCompany",
  "contactEmail",
  "contactPhone",
] as const;

function parse(table: string) {
  return table
    .trim()
    .split("\n")
    .map((line) => {
      const [label, ...cells] = line.split("\t");
      return { label, grants: NETWORK_VIEWERS.map((_, i) => (cells[i] ?? "").trim() === "X") };
    });
}

const fieldRows = parse(FIELDS_TABLE).map((row, i) => ({ ...row, field: ROW_FIELDS[i]! }));
const searchRows = parse(SEARCH_TABLE).map((row, i) => ({ ...row, field: ROW_FIELDS[i]! }));

describe("field visibility matrix (specification §1.3 « Champs »)", () => {
  it("covers every profile field, in the specification's order", () => {
    expect(fieldRows.map((row) => row.field)).toEqual([...ALUMNI_FIELDS]);
  });

  const cases = fieldRows.flatMap((row) => NETWORK_VIEWERS.map((viewer, i) => ({ ...row, viewer, granted: row.grants[i]! })));
  it.each(cases)("$label ($field) for $viewer: $granted", ({ field, viewer, granted }) => {
    expect(canSeeField(viewer, field)).toBe(granted);
    expect(visibleFields(viewer).includes(field)).toBe(granted);
    expect(Object.keys(projectProfile(viewer, { [field]: "valeur" }))).toEqual(granted ? [field] : []);
  });

  it("shows nothing to someone outside the network", () => {
    expect(visibleFields(null)).toEqual([]);
    expect(projectProfile(undefined, { lastName: "Dupont" })).toEqual({});
  });
});

describe("search criteria matrix (specification §1.3 « Recherches »)", () => {
  const cases = searchRows.flatMap((row) => NETWORK_VIEWERS.map((viewer, i) => ({ ...row, viewer, granted: row.grants[i]! })));
  it.each(cases)("$label ($field) for $viewer: $granted", ({ field, viewer, granted }) => {
    expect(canSearchBy(viewer, field)).toBe(granted);
    const { allowed, refused } = allowedFilters(viewer, { [field]: "x" });
    expect(Object.keys(allowed)).toEqual(granted ? [field] : []);
    expect(refused).toEqual(granted ? [] : [field]);
  });

  it("offers no search by contact details, which the table does not list", () => {
    for (const viewer of NETWORK_VIEWERS) {
      expect(searchableCriteria(viewer)).not.toContain("contactEmail");
      expect(searchableCriteria(viewer)).not.toContain("contactPhone");
    }
  });
});
