import { API_BASE_PATH } from "./config";

/** Absolute links of API answers: portal pages and API resources, on the public origin. */
export function apiLinks(siteUrl: string) {
  const base = siteUrl.replace(/\/+$/, "");
  return {
    formationPage: (id: number) => `${base}/formations/${id}`,
    formationApi: (id: number) => `${base}${API_BASE_PATH}/formations/${id}`,
    formationXml: (id: number) => `${base}${API_BASE_PATH}/formations/${id}.xml`,
    formationsForTrade: (code: string) => `${base}${API_BASE_PATH}/formations?rome=${encodeURIComponent(code)}&inclure_sans_session=1`,
    organisationPage: (id: number) => `${base}/organismes/${id}`,
    organisationApi: (siret: string | null) => (siret ? `${base}${API_BASE_PATH}/organismes/${siret}` : null),
    tradePage: (code: string) => `${base}/metiers/${code}`,
    tradeApi: (code: string) => `${base}${API_BASE_PATH}/metiers/${code}`,
    page: (path: string) => `${base}${path.startsWith("/") ? path : `/${path}`}`,
  };
}

export type ApiLinks = ReturnType<typeof apiLinks>;
