/**
 * Fills an empty database with the demo newsroom: sections, authors with portraits, staff
 * and reader logins, articles in every workflow state with generated artwork, corrections,
 * redirects and comment threads.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { renderArticleBody } from "@/lib/markdown/render-article-body";
import { storeImageVariants } from "@/lib/media/storage";
import { slugify } from "@/lib/text/slug";
import { articlesA } from "./content/articles-a";
import { articlesB } from "./content/articles-b";
import { authors } from "./content/authors";
import { commenters } from "./content/commenters";
import { sections } from "./content/sections";
import type { SeedArticle } from "./content/types";
import { renderFigure, renderHero, renderPortrait } from "./images";

export const demoArticles: SeedArticle[] = [...articlesA, ...articlesB];

export const DEMO_ADMIN_EMAIL = "admin@masthead.example";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Publication time of a seed article relative to `now` (scheduled ones lie in the future). */
export function seedPublishedAt(article: SeedArticle, now: Date): Date {
  const day = new Date(now);
  day.setUTCHours(article.hour, 0, 0, 0);
  const offset = article.status === "SCHEDULED" ? article.daysAgo * DAY : -article.daysAgo * DAY;
  let at = new Date(day.getTime() + offset);
  // An article "published today" at an hour still to come is moved back a day, so it is live now.
  if (!article.status && at > now) at = new Date(at.getTime() - DAY);
  return at;
}

async function createImage(db: PrismaClient, key: string, png: Promise<Buffer>, alt: string, caption = "", credit = "") {
  const stored = await storeImageVariants(key, await png);
  return db.media.create({
    data: { key, originalName: `${key}.png`, alt, caption, credit, ...stored },
    select: { id: true },
  });
}

export async function seedDemoNewsroom(db: PrismaClient, now = new Date()): Promise<{ articles: number; comments: number }> {
  await db.siteSetting.create({ data: { key: "comments.premoderation", value: "true" } });

  const sectionIds = new Map<string, string>();
  for (const [position, s] of sections.entries()) {
    const row = await db.section.create({ data: { ...s, position }, select: { id: true } });
    sectionIds.set(s.slug, row.id);
  }

  const admin = await db.user.create({
    data: { email: DEMO_ADMIN_EMAIL, name: "Site admin", role: "ADMIN", emailVerified: now },
    select: { id: true },
  });

  const authorIds = new Map<string, string>();
  for (const a of authors) {
    const photo = await createImage(db, `portrait-${a.slug}`, renderPortrait(a.slug, a.portraitHue), `Portrait of ${a.name}`);
    const user = a.staffEmail
      ? await db.user.create({
          data: { email: a.staffEmail, name: a.name, role: a.staffRole ?? "CONTRIBUTOR", emailVerified: now },
          select: { id: true },
        })
      : null;
    const row = await db.author.create({
      data: {
        slug: a.slug,
        name: a.name,
        jobTitle: a.jobTitle,
        bio: a.bio,
        bioHtml: renderArticleBody(a.bio, { locale: env.SITE_LANGUAGE }).html,
        photoId: photo.id,
        userId: user?.id,
        affiliations: { create: a.affiliations.map((f, position) => ({ ...f, position })) },
        links: { create: a.links.map((l, position) => ({ ...l, position })) },
      },
      select: { id: true },
    });
    authorIds.set(a.slug, row.id);
  }

  const readerIds = new Map<string, string>();
  for (const c of commenters) {
    const row = await db.user.create({
      data: { email: c.email, name: c.name, role: "READER", emailVerified: now },
      select: { id: true },
    });
    readerIds.set(c.handle, row.id);
  }

  const tagIds = new Map<string, string>();
  async function tagId(name: string): Promise<string> {
    const slug = slugify(name);
    let id = tagIds.get(slug);
    if (!id) {
      id = (await db.tag.create({ data: { slug, name }, select: { id: true } })).id;
      tagIds.set(slug, id);
    }
    return id;
  }

  let commentTotal = 0;
  for (const a of demoArticles) {
    const sectionId = sectionIds.get(a.section);
    if (!sectionId) throw new Error(`Unknown section ${a.section} in ${a.slug}`);
    const byline = a.authors.map((slug) => {
      const id = authorIds.get(slug);
      if (!id) throw new Error(`Unknown author ${slug} in ${a.slug}`);
      return id;
    });
    const hero = await createImage(db, `hero-${a.slug}`, renderHero(a.slug, a.heroHue), a.heroAlt, a.heroCaption, a.heroCredit);
    if (a.body.includes(`/media/fig-${a.slug}`)) {
      await createImage(db, `fig-${a.slug}`, renderFigure(a.slug, a.heroHue), "Figure", "", "Chart: Masthead");
    }
    const rendered = renderArticleBody(a.body, { locale: env.SITE_LANGUAGE });
    const at = seedPublishedAt(a, now);
    const status = a.status ?? "PUBLISHED";
    const live = status === "PUBLISHED";
    const staff = byline[0] ? await db.author.findUnique({ where: { id: byline[0] }, select: { userId: true } }) : null;
    const createdById = staff?.userId ?? admin.id;
    const article = await db.article.create({
      data: {
        slug: a.slug,
        status,
        title: a.title,
        standfirst: a.standfirst,
        body: a.body,
        bodyHtml: rendered.html,
        plainText: rendered.plainText,
        wordCount: rendered.wordCount,
        readingMinutes: rendered.readingMinutes,
        heroImageId: hero.id,
        heroAlt: a.heroAlt,
        heroCaption: a.heroCaption,
        heroCredit: a.heroCredit,
        sectionId,
        commentsOpen: a.commentsOpen ?? true,
        publishedAt: live ? at : null,
        scheduledAt: status === "SCHEDULED" ? at : null,
        modifiedAt: live && a.updatedHoursAfter ? new Date(at.getTime() + a.updatedHoursAfter * HOUR) : null,
        createdById,
        createdAt: new Date(at.getTime() - 2 * DAY),
        authors: { create: byline.map((authorId, position) => ({ authorId, position })) },
        tags: { create: await Promise.all(a.tags.map(async (name, position) => ({ tagId: await tagId(name), position }))) },
        revisions: {
          create: {
            state: live ? "APPLIED" : "SAVED",
            title: a.title,
            slug: a.slug,
            standfirst: a.standfirst,
            body: a.body,
            createdById,
            createdAt: live ? at : new Date(at.getTime() - DAY),
          },
        },
      },
      select: { id: true },
    });
    if (a.correction) {
      await db.correction.create({
        data: { articleId: article.id, body: a.correction.text, createdAt: new Date(at.getTime() + a.correction.daysAfter * DAY), createdById: admin.id },
      });
    }
    for (const fromSlug of a.oldSlugs ?? []) {
      await db.slugRedirect.create({ data: { kind: "ARTICLE", fromSlug, targetId: article.id } });
    }
    if (live) commentTotal += await seedComments(db, article.id, a, at, readerIds);
  }
  return { articles: demoArticles.length, comments: commentTotal };
}

async function seedComments(db: PrismaClient, articleId: string, a: SeedArticle, at: Date, readers: Map<string, string>): Promise<number> {
  let count = 0;
  const userOf = (handle: string) => {
    const id = readers.get(handle);
    if (!id) throw new Error(`Unknown commenter ${handle} in ${a.slug}`);
    return id;
  };
  for (const c of a.comments ?? []) {
    const parent = await db.comment.create({
      data: { articleId, userId: userOf(c.by), body: c.text, status: "APPROVED", createdAt: new Date(at.getTime() + c.hoursAfter * HOUR) },
      select: { id: true },
    });
    count++;
    for (const r of c.replies ?? []) {
      await db.comment.create({
        data: { articleId, parentId: parent.id, userId: userOf(r.by), body: r.text, status: "APPROVED", createdAt: new Date(at.getTime() + r.hoursAfter * HOUR) },
      });
      count++;
    }
  }
  if (count) await db.article.update({ where: { id: articleId }, data: { commentCount: count } });
  return count;
}
