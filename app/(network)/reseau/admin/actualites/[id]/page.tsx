import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RichText } from "@/components/rich-text";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { getPostForAdmin } from "@/db/queries/network-posts";
import { can } from "@/lib/auth/permissions";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { postStrings } from "@/lib/network/i18n/posts";
import { formatEventRange } from "@/lib/network/post-format";
import { postFormValues } from "@/lib/network/posts-view";
import { DeletePostButton } from "../_components/delete-post-button";
import { PostForm } from "../_components/post-form";

type EditPostProps = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string | string[]; enregistre?: string }> };

function parseId(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ searchParams }: EditPostProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(postStrings, locale).admin.editTitle, robots: { index: false, follow: false } };
}

/** Publishers edit the item; read-only administrators see it as stored, drafts included. */
export default async function EditPostPage({ params, searchParams }: EditPostProps) {
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  const { user } = await requireNetworkAccess(`/reseau/admin/actualites/${encodeURIComponent(rawId)}`, "network:read_all");
  const id = parseId(rawId);
  const post = id ? await getPostForAdmin(getDb(), { id }) : undefined;
  if (!post) notFound();
  const locale = await getNetworkLocale(query.lang);
  const t = pick(postStrings, locale);
  const canPublish = can(user, "network:publish");

  return (
    <div lang={locale} className="page-container space-y-6 py-8">
      <p>
        <Link href="/reseau/admin/actualites">{t.admin.back}</Link>
      </p>
      <h1 className="text-3xl font-extrabold tracking-tight text-brand-900">{canPublish ? t.admin.editTitle : t.admin.viewTitle}</h1>
      {query.enregistre === "1" && (
        <Alert tone="success" live="status">
          {t.form.saved}
        </Alert>
      )}
      {canPublish ? (
        <>
          <PostForm locale={locale} initial={postFormValues(post)} />
          <div className="max-w-3xl border-t border-line pt-6">
            <DeletePostButton id={post.id} locale={locale} />
          </div>
        </>
      ) : (
        <article className="max-w-3xl space-y-4">
          <Alert tone="info">{t.admin.readOnly}</Alert>
          <p className="flex flex-wrap gap-2">
            <Badge tone="brand">{t.kinds[post.kind]}</Badge>
            <Badge tone={post.status === "published" ? "brand" : "neutral"}>{t.statuses[post.status]}</Badge>
          </p>
          {post.kind === "event" && post.startsAt && <p>{formatEventRange(post.startsAt, post.endsAt, locale)}{post.place ? ` · ${post.place}` : ""}</p>}
          <h2 className="text-2xl font-bold text-brand-900" lang="fr">
            {post.titleFr}
          </h2>
          <RichText html={post.bodyFr} className="max-w-none" />
          {post.titleEn && (
            <h2 className="text-2xl font-bold text-brand-900" lang="en">
              {post.titleEn}
            </h2>
          )}
          {post.bodyEn && (
            <div lang="en">
              <RichText html={post.bodyEn} className="max-w-none" />
            </div>
          )}
        </article>
      )}
    </div>
  );
}
