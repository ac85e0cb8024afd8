import { describe, expect, it } from "vitest";
import { DEPARTMENT_NAMES, REGION_NAMES } from "@/lib/catalog/territories";
import {
  departmentsOfRegion,
  regionCodeOfName,
  regionOfDepartment,
  siteTerritories,
  territoriesConcerning,
} from "@/lib/editorial/territory-scope";

describe("territory scope", () => {
  it("puts every department in exactly one known region", () => {
    for (const department of Object.keys(DEPARTMENT_NAMES)) {
      const region = regionOfDepartment(department);
      expect(region, department).not.toBeNull();
      expect(REGION_NAMES[region!], department).toBeDefined();
    }
    const all = Object.keys(REGION_NAMES).flatMap(departmentsOfRegion);
    expect(all.sort()).toEqual(Object.keys(DEPARTMENT_NAMES).sort());
  });

  it("widens a department to its region and the nation, a region to its departments", () => {
    expect(territoriesConcerning("D31")).toEqual(["FR", "R76", "D31"]);
    expect(territoriesConcerning("R94")).toEqual(["FR", "R94", "D2A", "D2B"]);
    expect(territoriesConcerning("FR")).toEqual(["FR"]);
    expect(territoriesConcerning("Toulouse")).toEqual([]);
  });

  it("offers the site's region and its departments", () => {
    expect(regionCodeOfName("occitanie")).toBe("76");
    expect(siteTerritories("Occitanie").slice(0, 3)).toEqual(["FR", "R76", "D09"]);
    expect(siteTerritories("Occitanie")).toHaveLength(15);
    expect(siteTerritories("Atlantide")).toEqual(["FR"]);
  });
});
