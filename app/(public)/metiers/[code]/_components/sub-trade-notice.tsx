import type { TradeDetail } from "@/db/queries/trade-detail";
import { fr } from "@/lib/i18n/fr";

/** Shown when the address named a sub-trade: says which job it is, then the parent fiche follows. */
export function SubTradeNotice({ subTrade }: { subTrade: NonNullable<TradeDetail["subTrade"]> }) {
  return (
    <div className="max-w-4xl rounded-card border-l-4 border-accent-400 bg-accent-100/60 p-5">
      <p className="font-semibold text-ink">{fr.trades.subTradeNotice(subTrade.code, subTrade.label)}</p>
      {subTrade.definition[0] && <p className="mt-2 text-ink">{subTrade.definition[0]}</p>}
    </div>
  );
}
