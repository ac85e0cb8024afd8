import { REGION_NAMES } from "@/lib/catalog/territories";
import { departmentTerritory, NATIONAL_TERRITORY, parseTerritory, regionTerritory } from "./vocabulary";

/**
 * Departments of each region (INSEE 2016 codes). Official geography, stable for years: a constant,
 * so a visitor filtering on "Haute-Garonne" also gets what applies to all of Occitanie.
 */
const REGION_DEPARTMENTS: Readonly<Record<string, readonly string[]>> = {
  "01": ["971"],
  "02": ["972"],
  "03": ["973"],
  "04": ["974"],
  "06": ["976"],
  "11": ["75", "77", "78", "91", "92", "93", "94", "95"],
  "24": ["18", "28", "36", "37", "41", "45"],
  "27": ["21", "25", "39", "58", "70", "71", "89", "90"],
  "28": ["14", "27", "50", "61", "76"],
  "32": ["02", "59", "60", "62", "80"],
  "44": ["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"],
  "52": ["44", "49", "53", "72", "85"],
  "53": ["22", "29", "35", "56"],
  "75": ["16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"],
  "76": ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"],
  "84": ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"],
  "93": ["04", "05", "06", "13", "83", "84"],
  "94": ["2A", "2B"],
};

export function departmentsOfRegion(regionCode: string): readonly string[] {
  return REGION_DEPARTMENTS[regionCode] ?? [];
}

export function regionOfDepartment(departmentCode: string): string | null {
  for (const [region, departments] of Object.entries(REGION_DEPARTMENTS)) {
    if (departments.includes(departmentCode)) return region;
  }
  return null;
}

/** "Occitanie" -> "76"; null when the name is no region of REGION_NAMES. */
export function regionCodeOfName(name: string): string | null {
  const wanted = name.trim().toLocaleLowerCase("fr");
  return Object.entries(REGION_NAMES).find(([, label]) => label.toLocaleLowerCase("fr") === wanted)?.[0] ?? null;
}

/**
 * Territory values whose content concerns a visitor who picked `value`: national content always;
 * for a department, its region too; for a region, its departments too (news of Toulouse is news
 * of Occitanie). "FR" alone means national content only.
 */
export function territoriesConcerning(value: string): string[] {
  const territory = parseTerritory(value);
  if (!territory) return [];
  if (territory.level === "national") return [NATIONAL_TERRITORY];
  if (territory.level === "department") {
    const region = regionOfDepartment(territory.code);
    return [NATIONAL_TERRITORY, ...(region ? [regionTerritory(region)] : []), value];
  }
  return [NATIONAL_TERRITORY, value, ...departmentsOfRegion(territory.code).map(departmentTerritory)];
}

/** The portal's own area, as filter choices: France, the region, then its departments. */
export function siteTerritories(regionName: string): string[] {
  const region = regionCodeOfName(regionName);
  if (!region) return [NATIONAL_TERRITORY];
  return [NATIONAL_TERRITORY, regionTerritory(region), ...departmentsOfRegion(region).map(departmentTerritory)];
}
