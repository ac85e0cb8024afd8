import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { adminContentPath, CONTENT_KIND_META, contentKindFromSegment } from "@/lib/cms/kinds";
import { AdminPageHeader } from "../../../_components/admin-page-header";
import { ContentForm } from "../_components/content-form";
import { emptyContentFormValues } from "../_lib/content-form-values";
import { loadContentFormContext } from "../_lib/form-context";

type Props = { params: Promise<{ kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = contentKindFromSegment((await params).kind);
  return { title: kind ? `Créer ${CONTENT_KIND_META[kind].indefinite}` : "Créer un contenu" };
}

export default async function NewContentPage({ params }: Props) {
  const { kind: segment } = await params;
  const user = await requirePermission("content:edit", `/admin/contenus/${segment}/nouveau`);
  const kind = contentKindFromSegment(segment);
  if (!kind) notFound();
  const meta = CONTENT_KIND_META[kind];
  const context = await loadContentFormContext(getDb(), kind);

  return (
    <>
      <AdminPageHeader
        title={`Créer ${meta.indefinite}`}
        trail={[
          { label: "Contenus", href: "/admin/contenus" },
          { label: meta.plural, href: adminContentPath(kind) },
        ]}
        intro="Enregistrez en brouillon autant de fois que nécessaire : rien n'est visible du public avant la publication."
      />
      <ContentForm
        kind={kind}
        id={null}
        defaultValues={emptyContentFormValues(kind)}
        savedSlug={null}
        canPublish={can(user, "content:publish")}
        {...context}
      />
    </>
  );
}
