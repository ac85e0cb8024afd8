import "server-only";
import type { Db } from "@/db";
import { listEditorialCodeLabels } from "@/db/queries/editorial";
import type { CodeDictionary, CodeOptions, FieldOption } from "@/lib/cms/fields";
import type { ContentKind } from "@/lib/cms/kinds";
import { regionCodeOfName } from "@/lib/editorial/territory-scope";
import { getSiteConfig } from "@/lib/site-config";

export type ContentFormContext = {
  codeOptions: CodeOptions | null;
  regionCode: string | null;
  siteUrl: string;
};

/** What the form needs beyond the record: structure code lists, the site's region and address. */
export async function loadContentFormContext(db: Db, kind: ContentKind): Promise<ContentFormContext> {
  const site = await getSiteConfig();
  return {
    codeOptions: kind === "structure" ? await loadCodeOptions(db) : null,
    regionCode: regionCodeOfName(site.regionName),
    siteUrl: site.siteUrl,
  };
}

async function loadCodeOptions(db: Db): Promise<CodeOptions> {
  const labels = await listEditorialCodeLabels(db);
  const toOptions = (map: Map<string, string>): FieldOption[] =>
    [...map].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, "fr"));
  const dictionaries: CodeDictionary[] = ["typologie", "service", "public", "thematique"];
  return Object.fromEntries(dictionaries.map((dict) => [dict, toOptions(labels[dict])])) as CodeOptions;
}
