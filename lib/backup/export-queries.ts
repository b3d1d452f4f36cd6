/** A JSON export of the newsroom's content and its conversation, for archives and migrations. */
import "server-only";
import { db } from "@/lib/db";

export async function exportNewsroom() {
  const [sections, tags, authors, articles, comments, users] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, name: true, description: true, position: true } }),
    db.tag.findMany({ orderBy: { slug: "asc" }, select: { id: true, slug: true, name: true, description: true } }),
    db.author.findMany({
      orderBy: { slug: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        jobTitle: true,
        bio: true,
        userId: true,
        affiliations: { orderBy: { position: "asc" }, select: { role: true, organisation: true, url: true } },
        links: { orderBy: { position: "asc" }, select: { kind: true, url: true } },
      },
    }),
    db.article.findMany({
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        slug: true,
        status: true,
        title: true,
        standfirst: true,
        body: true,
        heroAlt: true,
        heroCaption: true,
        heroCredit: true,
        heroImage: { select: { key: true } },
        sectionId: true,
        seoTitle: true,
        seoDescription: true,
        commentsOpen: true,
        publishedAt: true,
        modifiedAt: true,
        scheduledAt: true,
        createdAt: true,
        tags: { orderBy: { position: "asc" }, select: { tagId: true } },
        authors: { orderBy: { position: "asc" }, select: { authorId: true } },
        corrections: { orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true } },
      },
    }),
    db.comment.findMany({
      orderBy: { createdAt: "asc" },
      select: { id: true, articleId: true, parentId: true, userId: true, body: true, status: true, createdAt: true, editedAt: true, deletedAt: true },
    }),
    db.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true, createdAt: true, bannedAt: true } }),
  ]);
  return { format: "masthead-export", version: 1, exportedAt: new Date().toISOString(), sections, tags, authors, users, articles, comments };
}
