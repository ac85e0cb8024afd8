import "server-only";
import { applyRetention } from "@/lib/account/retention";
import { createSearchAlertJob } from "@/lib/account/search-alerts";
import { getAccountContext } from "@/lib/auth/app-context";
import type { Env } from "@/lib/env";
import { publishDueContent } from "@/lib/cms/service";
import { createDropFolderJob } from "@/lib/import/drop-folder";
import { deleteUnusedMedia } from "@/lib/media/cleanup";
import { getMediaStore } from "@/lib/media/storage";
import { sendProfileReminders } from "@/lib/network/reminders";
import { getSearchEngine } from "@/lib/search/app";
import type { Job } from "./scheduler";

/**
 * The periodic jobs of this installation. Each area adds its job here; a job that needs
 * configuration it does not have (IMPORT_DIR, ...) is simply left out.
 */
export function listJobs(env: Env): Job[] {
  const jobs: Job[] = [];
  if (env.IMPORT_DIR) jobs.push(createDropFolderJob({ dir: env.IMPORT_DIR, everyHours: env.IMPORT_EVERY_HOURS, getEngine: () => getSearchEngine() }));
  jobs.push(createSearchAlertJob({ everyHours: env.ALERTS_EVERY_HOURS, getEngine: () => getSearchEngine(), getAccountContext }));
  jobs.push({
    name: "account-retention",
    everyMs: 24 * 60 * 60 * 1000,
    run: async (db) => {
      const { erased, emailsDeleted } = await applyRetention(db);
      return `${erased} compte(s) effacé(s) et ${emailsDeleted} courriel(s) supprimé(s) au terme de leur durée de conservation`;
    },
  });
  jobs.push({
    name: "media-cleanup",
    everyMs: 24 * 60 * 60 * 1000,
    run: async (db) => {
      const { deleted, failed } = await deleteUnusedMedia(db, getMediaStore());
      const failures = failed > 0 ? ` ; ${failed} fichier(s) impossible(s) à supprimer, nouvel essai demain` : "";
      return `${deleted} image(s) inutilisée(s) supprimée(s)${failures}`;
    },
  });
  jobs.push({
    name: "scheduled-publication",
    everyMs: 60 * 1000,
    run: async (db) => {
      const published = await publishDueContent({ db, engine: getSearchEngine() });
      const total = Object.values(published).reduce((sum, n) => sum + n, 0);
      return total > 0 ? `${total} contenu(s) programmé(s) publié(s)` : null;
    },
  });
  jobs.push({
    name: "network-profile-reminders",
    everyMs: 24 * 60 * 60 * 1000,
    run: async (db) => {
      const sent = await sendProfileReminders(db, { ctx: getAccountContext() });
      return sent > 0 ? `${sent} rappel(s) annuel(s) de mise à jour du profil envoyé(s)` : null;
    },
  });
  return jobs;
}
