import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { getDb } from "@/db";
import { listPostsForAdmin } from "@/db/queries/network-posts";
import { can } from "@/lib/auth/permissions";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { postStrings } from "@/lib/network/i18n/posts";
import { formatPostDate } from "@/lib/network/post-format";

type PostsAdminProps = { searchParams: Promise<{ lang?: string | string[]; supprime?: string }> };

export async function generateMetadata({ searchParams }: PostsAdminProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(postStrings, locale).admin.title, robots: { index: false, follow: false } };
}

const cell = "border-b border-line px-3 py-2 align-top";

/** Every network item, drafts included: read-only administrators see the list, publishers edit it. */
export default async function PostsAdminPage({ searchParams }: PostsAdminProps) {
  const params = await searchParams;
  const { user } = await requireNetworkAccess("/reseau/admin/actualites", "network:read_all");
  const locale = await getNetworkLocale(params.lang);
  const t = pick(postStrings, locale);
  const canPublish = can(user, "network:publish");
  const posts = await listPostsForAdmin(getDb());

  return (
    <div lang={locale} className="page-container space-y-6 py-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-extrabold tracking-tight text-brand-900">{t.admin.title}</h1>
          <p className="mt-3 max-w-3xl text-lg text-ink-muted">{t.admin.intro}</p>
        </div>
        {canPublish && <ButtonLink href="/reseau/admin/actualites/nouveau">{t.admin.create}</ButtonLink>}
      </header>
      {!canPublish && <Alert tone="info">{t.admin.readOnly}</Alert>}
      {params.supprime === "1" && (
        <Alert tone="success" live="status">
          {t.form.deleted}
        </Alert>
      )}
      {posts.length === 0 ? (
        <p>{t.admin.empty}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-label={t.admin.caption} tabIndex={0}>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t.admin.caption}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className={cell}>{t.admin.columns.title}</th>
                <th scope="col" className={cell}>{t.admin.columns.kind}</th>
                <th scope="col" className={cell}>{t.admin.columns.status}</th>
                <th scope="col" className={cell}>{t.admin.columns.date}</th>
                <th scope="col" className={cell}>{t.admin.columns.updated}</th>
                <th scope="col" className={cell}>{t.admin.columns.author}</th>
              </tr>
            </thead>
            <tbody>
              {posts.map((post) => {
                const date = post.kind === "event" ? post.startsAt : post.publishedAt;
                return (
                  <tr key={post.id}>
                    <th scope="row" className={`${cell} font-normal`}>
                      <Link href={`/reseau/admin/actualites/${post.id}`} className="font-semibold">
                        <span lang={locale === "fr" ? undefined : "fr"}>{post.titleFr}</span>
                      </Link>
                      {!post.titleEn && <span className="block text-ink-muted">{t.admin.englishMissing}</span>}
                    </th>
                    <td className={cell}>{t.kinds[post.kind]}</td>
                    <td className={cell}>
                      <Badge tone={post.status === "published" ? "brand" : "neutral"}>{t.statuses[post.status]}</Badge>
                    </td>
                    <td className={`${cell} whitespace-nowrap`}>{date ? formatPostDate(date, locale) : ""}</td>
                    <td className={`${cell} whitespace-nowrap`}>{formatPostDate(post.updatedAt, locale)}</td>
                    <td className={cell}>{post.authorName ?? ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
