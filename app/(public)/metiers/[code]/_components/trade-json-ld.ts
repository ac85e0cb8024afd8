import type { TradeDetail } from "@/db/queries/trade-detail";
import { fr } from "@/lib/i18n/fr";

/**
 * schema.org Occupation for a ROME fiche. The salary is only described when published: an
 * estimatedSalary of 0 would be read by search engines as a real figure.
 */
export function tradeJsonLd(trade: TradeDetail, options: { siteUrl: string; regionName: string }) {
  const url = new URL(`/metiers/${trade.code}`, options.siteUrl).toString();
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Occupation",
    name: trade.label,
    url,
    description: trade.definition.join(" ") || undefined,
    alternateName: trade.appellations.slice(0, 50).map((row) => row.label),
    occupationalCategory: {
      "@type": "CategoryCode",
      codeValue: trade.code,
      name: trade.label,
      inCodeSet: { "@type": "CategoryCodeSet", name: "ROME" },
    },
    qualifications: trade.accessConditions.join(" ") || undefined,
    skills: [...trade.skills.knowHow.flatMap((group) => group.items), ...trade.skills.softSkills].slice(0, 60),
    occupationLocation: { "@type": "AdministrativeArea", name: options.regionName },
  };
  if (trade.medianNetMonthlySalary !== null && trade.medianNetMonthlySalary > 0) {
    data.estimatedSalary = {
      "@type": "MonetaryAmountDistribution",
      name: fr.trades.salary,
      currency: "EUR",
      duration: "P1M",
      median: trade.medianNetMonthlySalary,
    };
  }
  return data;
}
