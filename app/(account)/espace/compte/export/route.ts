import { getDb } from "@/db";
import { exportAccountData } from "@/lib/account/export";
import { getCurrentUser } from "@/lib/auth";
import { recordAudit } from "@/lib/auth/audit";
import { can } from "@/lib/auth/permissions";

/** Downloads everything the portal holds about the signed-in account, as JSON (GDPR art. 15 and 20). */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Connectez-vous pour télécharger vos données." }, { status: 401 });
  if (!can(user, "account:use")) return Response.json({ error: "Accès refusé." }, { status: 403 });
  const db = getDb();
  const data = await exportAccountData(db, user.id);
  if (!data) return Response.json({ error: "Compte introuvable." }, { status: 404 });
  await recordAudit(db, { action: "account.data_exported", actor: { id: user.id }, target: { type: "user", id: user.id } });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="mes-donnees-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
