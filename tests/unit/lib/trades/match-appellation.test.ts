import { describe, expect, it } from "vitest";
import { findMatchedAppellation } from "@/lib/trades/match-appellation";

const maitreHotel = ["Maître / Maîtresse d'hôtel", "Chef / Cheffe de rang", "Demi-chef / Demi-cheffe de rang", "Chef / Cheffe de salle"];

describe("findMatchedAppellation", () => {
  it("names the job title that brought a fiche up", () => {
    expect(findMatchedAppellation("chef de rang", "Maître / Maîtresse d'hôtel", maitreHotel)).toBe("Chef / Cheffe de rang");
  });

  it("tolerates a typo and missing accents", () => {
    expect(findMatchedAppellation("cheff de rang", "Maître / Maîtresse d'hôtel", maitreHotel)).toBe("Chef / Cheffe de rang");
    expect(findMatchedAppellation("patissier chocolatier", "Pâtissier / Pâtissière", ["Pâtissier-chocolatier / Pâtissière-chocolatière"])).toBe(
      "Pâtissier-chocolatier / Pâtissière-chocolatière",
    );
  });

  it("says nothing when the title already matches", () => {
    expect(findMatchedAppellation("maitre d'hotel", "Maître / Maîtresse d'hôtel", maitreHotel)).toBeNull();
  });

  it("says nothing for a ROME code or a query matching no job title", () => {
    expect(findMatchedAppellation("G1802", "Maître / Maîtresse d'hôtel", maitreHotel)).toBeNull();
    expect(findMatchedAppellation("plombier", "Maître / Maîtresse d'hôtel", maitreHotel)).toBeNull();
    expect(findMatchedAppellation("de la", "Maître / Maîtresse d'hôtel", maitreHotel)).toBeNull();
  });

  it("requires every word of the query", () => {
    expect(findMatchedAppellation("chef cuisine", "Maître / Maîtresse d'hôtel", maitreHotel)).toBeNull();
  });
});
