import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { publishDue } from "@/lib/articles/scheduling";
import { updateAuthor } from "@/lib/authors/mutations";
import { moderateComments } from "@/lib/moderation/mutations";
import { updateSection } from "@/lib/sections/mutations";
import { updateTag } from "@/lib/tags/mutations";
import { createActor, createArticle, createAuthor, createComment, createSection, createTag, createUser } from "@/test/factories";

afterAll(() => db.$disconnect());

let editor: Actor;
beforeAll(async () => {
  editor = await createActor("EDITOR");
});

/** The tags written to the invalidation log by `change`, which every server process applies. */
async function tagsWrittenBy(change: () => Promise<unknown>): Promise<string[]> {
  const before = (await db.cacheInvalidation.aggregate({ _max: { seq: true } }))._max.seq ?? 0;
  await change();
  const rows = await db.cacheInvalidation.findMany({ where: { seq: { gt: before } }, orderBy: { seq: "asc" } });
  return [...new Set(rows.map((r) => r.tag))].sort();
}

describe("cache invalidation", () => {
  it("a scheduled story going live invalidates its page, its old slugs, its section, authors, tags and the latest lists", async () => {
    const [section, author, tag] = await Promise.all([createSection(), createAuthor(), createTag()]);
    const article = await createArticle({
      status: "SCHEDULED",
      scheduledAt: new Date(Date.now() - 1000),
      sectionId: section.id,
      authorIds: [author.id],
      tagIds: [tag.id],
    });
    await db.slugRedirect.create({ data: { kind: "ARTICLE", fromSlug: `${article.slug}-old`, targetId: article.id } });
    const tags = await tagsWrittenBy(() => publishDue());
    expect(tags).toEqual(
      expect.arrayContaining([
        `article:${article.id}`,
        `article:/${article.slug}`,
        `article:/${article.slug}-old`,
        `section:/${section.slug}`,
        `author:/${author.slug}`,
        `tag:/${tag.slug}`,
        "listings",
      ]),
    );
  });

  it("an author renamed under a new slug invalidates both slugs' pages and every page that shows the byline", async () => {
    const author = await createAuthor();
    const input = { name: "Renamed Author", slug: `${author.slug}-renamed`, jobTitle: "", bio: "", photoId: null, userId: null, affiliations: [], links: [] };
    const tags = await tagsWrittenBy(() => updateAuthor(editor, author.id, input));
    expect(tags).toEqual(
      [`author:/${author.slug}`, `author:/${author.slug}-renamed`, `author-mention:/${author.slug}`, `author-mention:/${author.slug}-renamed`].sort(),
    );
  });

  it("a section edit also invalidates the navigation drawn on every page", async () => {
    const section = await createSection();
    const tags = await tagsWrittenBy(() => updateSection(editor, section.id, { name: "Renamed", slug: section.slug, description: "", position: null }));
    expect(tags).toEqual(expect.arrayContaining([`section:/${section.slug}`, `section-mention:/${section.slug}`, "nav"]));
  });

  it("a section's new description invalidates its own pages and nothing else: every other page shows only its name", async () => {
    const section = await createSection();
    const tags = await tagsWrittenBy(() =>
      updateSection(editor, section.id, { name: section.name, slug: section.slug, description: "A new description.", position: section.position }),
    );
    expect(tags).toEqual([`section:/${section.slug}`]);
    const moved = await tagsWrittenBy(() => updateSection(editor, section.id, { name: section.name, slug: section.slug, description: "A new description.", position: section.position + 1 }));
    expect(moved, "a new place in the navigation shows on every page").toEqual(expect.arrayContaining(["nav", "listings"]));
  });

  it("a tag's new description invalidates its own pages only; a new name, every story that shows it", async () => {
    const tag = await createTag();
    const described = await tagsWrittenBy(() => updateTag(editor, tag.id, { name: tag.name, slug: tag.slug, description: "What this tag covers." }));
    expect(described).toEqual([`tag:/${tag.slug}`]);
    const renamed = await tagsWrittenBy(() => updateTag(editor, tag.id, { name: `${tag.name} renamed`, slug: tag.slug, description: "What this tag covers." }));
    expect(renamed).toEqual([`tag:/${tag.slug}`, `tag-mention:/${tag.slug}`].sort());
  });

  it("approving a comment invalidates its story (the page and the count on every card), and nothing else", async () => {
    const [article, user] = await Promise.all([createArticle(), createUser()]);
    const comment = await createComment({ articleId: article.id, userId: user.id, status: "PENDING" });
    expect(await tagsWrittenBy(() => moderateComments(editor, "approve", [comment.id]))).toEqual([`article:${article.id}`]);
  });

  it("a change nobody can see writes nothing", async () => {
    const [article, user] = await Promise.all([createArticle({ status: "DRAFT" }), createUser()]);
    const comment = await createComment({ articleId: article.id, userId: user.id, status: "PENDING" });
    expect(await tagsWrittenBy(() => moderateComments(editor, "reject", [comment.id]))).toEqual([]);
  });
});
