import { describe, expect, it } from "vitest";
import { formatMedianSalary, formatSiret } from "@/lib/i18n/format";

describe("median salary", () => {
  it("writes a published figure in euros, rounded, with French grouping", () => {
    expect(formatMedianSalary(2150)).toBe("2\u202f150\u00a0€");
    expect(formatMedianSalary(1899.6)).toBe("1\u202f900\u00a0€");
  });

  // A missing figure is "non diffusable": "0 €" would tell a job seeker the trade pays nothing.
  it.each([null, undefined, 0, -5, Number.NaN, Number.POSITIVE_INFINITY])("writes %s as non diffusable", (value) => {
    expect(formatMedianSalary(value)).toBe("non diffusable");
  });
});

describe("SIRET", () => {
  it("groups the SIREN in threes and keeps the NIC whole", () => {
    expect(formatSiret("12345678900012")).toBe("123 456 789 00012");
    expect(formatSiret("123 456 789 00012")).toBe("123 456 789 00012");
  });

  it("leaves anything that is not 14 digits as given", () => {
    expect(formatSiret("1234")).toBe("1234");
    expect(formatSiret(" 12345678900012X ")).toBe("12345678900012X");
  });
});
