import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCurrentSlug, getLegacyTarget } from "@/lib/redirects/queries";
import { createArticle, createAuthor, createSection, createTag } from "@/test/factories";

afterAll(() => db.$disconnect());

describe("former slugs", () => {
  it("point at the article's current slug", async () => {
    const article = await createArticle({ slug: "new-name" });
    await db.slugRedirect.create({ data: { kind: "ARTICLE", fromSlug: "old-name", targetId: article.id } });
    expect(await getCurrentSlug("ARTICLE", "old-name")).toBe("new-name");
  });

  it("lead nowhere once the article is unpublished", async () => {
    const article = await createArticle({ slug: "archived-now", status: "ARCHIVED" });
    await db.slugRedirect.create({ data: { kind: "ARTICLE", fromSlug: "archived-before", targetId: article.id } });
    expect(await getCurrentSlug("ARTICLE", "archived-before")).toBeNull();
  });

  it("never reveal a draft's slug", async () => {
    const article = await createArticle({ slug: "secret-draft", status: "DRAFT" });
    await db.slugRedirect.create({ data: { kind: "ARTICLE", fromSlug: "draft-old", targetId: article.id } });
    expect(await getCurrentSlug("ARTICLE", "draft-old")).toBeNull();
  });

  it("work for authors too, and are kept apart by kind", async () => {
    const author = await createAuthor({ slug: "jane-doe" });
    await db.slugRedirect.create({ data: { kind: "AUTHOR", fromSlug: "jane-d", targetId: author.id } });
    expect(await getCurrentSlug("AUTHOR", "jane-d")).toBe("jane-doe");
    expect(await getCurrentSlug("ARTICLE", "jane-d")).toBeNull();
  });

  it("return null for an unknown slug", async () => {
    expect(await getCurrentSlug("TAG", "never-existed")).toBeNull();
  });
});

describe("addresses of the site a newsroom moved from", () => {
  it("lead to the current address of the article, section, tag or author they became", async () => {
    const article = await createArticle({ slug: "imported-story" });
    const section = await createSection({ slug: "ai-models" });
    const tag = await createTag({ slug: "open-source" });
    const author = await createAuthor({ slug: "elena-marsh" });
    await db.legacyPath.createMany({
      data: [
        { path: "/2026/11/imported-story", kind: "ARTICLE", targetId: article.id },
        { path: "/?p=4", kind: "ARTICLE", targetId: article.id },
        { path: "/category/ai-models", kind: "SECTION", targetId: section.id },
        { path: "/tag/open-source", kind: "TAG", targetId: tag.id },
        { path: "/author/elena", kind: "AUTHOR", targetId: author.id },
      ],
    });
    expect(await getLegacyTarget("/2026/11/Imported-Story/")).toBe("/articles/imported-story");
    expect(await getLegacyTarget("/?p=4")).toBe("/articles/imported-story");
    expect(await getLegacyTarget("/category/ai-models")).toBe("/sections/ai-models");
    expect(await getLegacyTarget("/tag/open-source/")).toBe("/tags/open-source");
    expect(await getLegacyTarget("/author/elena")).toBe("/authors/elena-marsh");
    // A renamed article is followed to its current slug.
    await db.article.update({ where: { id: article.id }, data: { slug: "imported-story-renamed" } });
    expect(await getLegacyTarget("/2026/11/imported-story")).toBe("/articles/imported-story-renamed");
  });

  it("lead nowhere for a draft, a scheduled story or an address never recorded", async () => {
    const draft = await createArticle({ slug: "imported-draft", status: "DRAFT", publishedAt: null });
    const later = await createArticle({ slug: "imported-later", status: "SCHEDULED", scheduledAt: new Date(Date.now() + 86_400_000), publishedAt: new Date(Date.now() + 86_400_000) });
    await db.legacyPath.createMany({
      data: [
        { path: "/?p=35", kind: "ARTICLE", targetId: draft.id },
        { path: "/?p=37", kind: "ARTICLE", targetId: later.id },
      ],
    });
    expect(await getLegacyTarget("/?p=35")).toBeNull();
    expect(await getLegacyTarget("/?p=37")).toBeNull();
    expect(await getLegacyTarget("/about")).toBeNull();
    expect(await getLegacyTarget("")).toBeNull();
  });
});
