import "server-only";
import { getTradeDetail, parseRomeCode, type TradeDetail } from "@/db/queries/trade-detail";
import type { ApiCall, ApiResult } from "../handler";
import { apiLinks, type ApiLinks } from "../links";
import { MAX_PER_PAGE, tradeListParams } from "../params/definitions";
import { pageLinks, resolvePaging } from "../params/pagination";
import { ApiProblemError, notFound, problem } from "../problem";
import type { TradeJson, TradeListJson } from "../schemas/others";
import { parseOrThrow } from "./common";

/** Formations shown with a trade; all of them are one link away (`formations.url-api`). */
const TRADE_FORMATIONS = 20;

/** GET /api/v1/metiers?q=: the ROME fiches, searched like /metiers. */
export async function listTrades({ request, ctx, publicUrl }: ApiCall): Promise<ApiResult> {
  const params = new URL(request.url).searchParams;
  const input = parseOrThrow(tradeListParams, params);
  const paging = resolvePaging(input, params, { maxPerPage: MAX_PER_PAGE });
  const q = input.q?.trim() ?? "";
  const result = await ctx.engine.search({
    kinds: ["metier"],
    q: q || undefined,
    sort: q ? "relevance" : "title",
    page: paging.page,
    perPage: paging.perPage,
  });
  const links = apiLinks(ctx.siteUrl);
  const { links: liens, nextCursor } = pageLinks(publicUrl, paging, result.total);
  const body: TradeListJson = {
    total: result.total,
    page: paging.page,
    "par-page": paging.perPage,
    "curseur-suivant": nextCursor,
    liens,
    resultats: result.hits.map((hit) => ({
      code: hit.doc.id,
      libelle: hit.doc.title,
      "domaine-professionnel": hit.doc.subtitle ?? null,
      url: links.tradePage(hit.doc.id),
      "url-api": links.tradeApi(hit.doc.id),
    })),
  };
  return { type: "json", body, cache: "search" };
}

const groups = (list: TradeDetail["skills"]["knowHow"]) => list.map((g) => ({ categorie: g.category, elements: g.items }));

function tradeJson(trade: TradeDetail, links: ApiLinks): TradeJson {
  return {
    code: trade.code,
    libelle: trade.label,
    "sous-code": trade.subTrade ? { code: trade.subTrade.code, libelle: trade.subTrade.label } : null,
    url: links.tradePage(trade.code),
    "url-api": links.tradeApi(trade.code),
    "grand-domaine": { code: trade.greatDomain.code, libelle: trade.greatDomain.label },
    "domaine-professionnel": { code: trade.domain.code, libelle: trade.domain.label },
    definition: trade.definition,
    "acces-emploi": trade.accessConditions,
    "conditions-travail": trade.workConditions,
    codes: trade.codes.map((c) => ({ code: c.code, libelle: c.label })),
    appellations: trade.appellations.map((a) => a.label),
    competences: {
      "savoir-faire": groups(trade.skills.knowHow),
      "savoir-etre": trade.skills.softSkills,
      savoirs: groups(trade.skills.knowledge),
    },
    "metiers-proches": trade.relatedTrades.map((t) => ({ code: t.code, libelle: t.label })),
    "marche-du-travail": {
      "salaire-median-net-mensuel": trade.medianNetMonthlySalary,
      "metier-reglemente": trade.regulated,
      "emploi-cadre": trade.executive,
      transitions: {
        ecologique: trade.transitions.ecological,
        numerique: trade.transitions.digital,
        demographique: trade.transitions.demographic,
      },
    },
    formations: {
      total: trade.formationTotal,
      "url-api": links.formationsForTrade(trade.code),
      resultats: trade.formations.map((f) => ({
        id: f.id,
        "intitule-formation": f.title,
        url: links.formationPage(f.id),
        "url-api": links.formationApi(f.id),
        "organisme-formation-responsable":
          f.organisationId === null ? null : { id: f.organisationId, "nom-organisme": f.organisationName ?? "" },
        "prochaine-session": f.nextSession ? { debut: f.nextSession.startDate, ville: f.nextSession.city } : null,
      })),
    },
  };
}

/** GET /api/v1/metiers/{rome}: the fiche, the formations leading to it and its labour-market figures. */
export async function getTrade({ request, ctx }: ApiCall, rawCode: string): Promise<ApiResult> {
  parseOrThrow({}, new URL(request.url).searchParams);
  const code = parseRomeCode(rawCode);
  if (!code) {
    throw new ApiProblemError(
      problem(400, "Paramètre « rome » : code ROME attendu (une lettre et quatre chiffres, par exemple M1805).", {
        errors: [{ parameter: "rome", detail: "code ROME attendu, par exemple M1805." }],
      }),
    );
  }
  const trade = await getTradeDetail(ctx.db, { code, today: ctx.today(), formationLimit: TRADE_FORMATIONS });
  if (!trade) throw notFound(`Aucune fiche métier ROME pour le code ${code}.`);
  return { type: "json", body: tradeJson(trade, apiLinks(ctx.siteUrl)), cache: "detail" };
}
