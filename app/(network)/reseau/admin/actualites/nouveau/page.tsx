import type { Metadata } from "next";
import Link from "next/link";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { postStrings } from "@/lib/network/i18n/posts";
import { postFormValues } from "@/lib/network/posts-view";
import { PostForm } from "../_components/post-form";

type NewPostProps = { searchParams: Promise<{ lang?: string | string[] }> };

export async function generateMetadata({ searchParams }: NewPostProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(postStrings, locale).admin.createTitle, robots: { index: false, follow: false } };
}

export default async function NewPostPage({ searchParams }: NewPostProps) {
  await requireNetworkAccess("/reseau/admin/actualites/nouveau", "network:publish");
  const locale = await getNetworkLocale((await searchParams).lang);
  const t = pick(postStrings, locale).admin;
  return (
    <div lang={locale} className="page-container space-y-6 py-8">
      <p>
        <Link href="/reseau/admin/actualites">{t.back}</Link>
      </p>
      <h1 className="text-3xl font-extrabold tracking-tight text-brand-900">{t.createTitle}</h1>
      <PostForm locale={locale} initial={postFormValues(null)} />
    </div>
  );
}
