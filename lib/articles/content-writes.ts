/**
 * Article writes: the steps every save, approval and restore of an article's content share
 * (checking what the form names, claiming the slug, writing the row with its derived fields).
 * All run inside the caller's transaction.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invalidField, invalidFields } from "@/lib/forms";
import { env } from "@/lib/env";
import { renderArticleBody } from "@/lib/markdown/render-article-body";
import type { ArticleSnapshot, ContentRow } from "@/lib/articles/snapshot";
import { slugify, uniqueSlug } from "@/lib/text/slug";

type Tx = Prisma.TransactionClient;

/** Ids that came from the form must name real rows. */
export async function assertReferencesExist(tx: Tx, s: ArticleSnapshot): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  if (s.sectionId && !(await tx.section.findUnique({ where: { id: s.sectionId }, select: { id: true } }))) {
    fieldErrors.sectionId = ["That section no longer exists."];
  }
  if (s.heroImageId && !(await tx.media.findUnique({ where: { id: s.heroImageId }, select: { id: true } }))) {
    fieldErrors.heroImageId = ["That image no longer exists."];
  }
  if (s.authorIds.length && (await tx.author.count({ where: { id: { in: s.authorIds } } })) !== s.authorIds.length) {
    fieldErrors.authorIds = ["One of the chosen authors no longer exists."];
  }
  if (Object.keys(fieldErrors).length) throw invalidFields(fieldErrors);
}

/**
 * The slug to use: the one asked for, or one made from the headline. It must not belong to
 * another article, now or as a former slug.
 */
export async function claimSlug(tx: Tx, wanted: string, title: string, articleId: string | null): Promise<string> {
  const taken = async (slug: string) => {
    const [article, redirect] = await Promise.all([
      tx.article.findUnique({ where: { slug }, select: { id: true } }),
      tx.slugRedirect.findUnique({ where: { kind_fromSlug: { kind: "ARTICLE", fromSlug: slug } }, select: { targetId: true } }),
    ]);
    return (article !== null && article.id !== articleId) || (redirect !== null && redirect.targetId !== articleId);
  };
  if (wanted) {
    if (await taken(wanted)) {
      throw invalidField("slug", "Another article already uses this slug.");
    }
    return wanted;
  }
  const base = slugify(title) || "story";
  const candidates: string[] = [];
  for (let i = 1; candidates.length < 20; i++) candidates.push(i === 1 ? base : `${base}-${i}`);
  for (const c of candidates) if (!(await taken(c))) return c;
  return uniqueSlug(`${base}-${Date.now().toString(36)}`, () => false);
}

/**
 * Writes a snapshot onto the article row (with derived HTML and text), its tags and authors.
 * A changed slug of a story that has been public leaves a redirect from the old one.
 */
export async function writeContent(tx: Tx, current: ContentRow, s: ArticleSnapshot, extra: Prisma.ArticleUpdateInput = {}): Promise<void> {
  const rendered = renderArticleBody(s.body, { locale: env.SITE_LANGUAGE });
  if (s.slug !== current.slug) {
    if (current.publishedAt) {
      await tx.slugRedirect.upsert({
        where: { kind_fromSlug: { kind: "ARTICLE", fromSlug: current.slug } },
        create: { kind: "ARTICLE", fromSlug: current.slug, targetId: current.id },
        update: { targetId: current.id },
      });
    }
    // Going back to a former slug: it is no longer a redirect.
    await tx.slugRedirect.deleteMany({ where: { kind: "ARTICLE", fromSlug: s.slug, targetId: current.id } });
  }
  await tx.articleTag.deleteMany({ where: { articleId: current.id } });
  await tx.articleAuthor.deleteMany({ where: { articleId: current.id } });
  await tx.article.update({
    where: { id: current.id },
    data: {
      title: s.title,
      slug: s.slug,
      standfirst: s.standfirst,
      body: s.body,
      bodyHtml: rendered.html,
      plainText: rendered.plainText,
      wordCount: rendered.wordCount,
      readingMinutes: rendered.readingMinutes,
      heroImage: s.heroImageId ? { connect: { id: s.heroImageId } } : { disconnect: true },
      heroAlt: s.heroAlt,
      heroCaption: s.heroCaption,
      heroCredit: s.heroCredit,
      section: s.sectionId ? { connect: { id: s.sectionId } } : { disconnect: true },
      seoTitle: s.seoTitle,
      seoDescription: s.seoDescription,
      commentsOpen: s.commentsOpen,
      version: { increment: 1 },
      tags: { create: s.tagIds.map((tagId, position) => ({ tagId, position })) },
      authors: { create: s.authorIds.map((authorId, position) => ({ authorId, position })) },
      ...extra,
    },
  });
}
