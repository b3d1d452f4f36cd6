import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCurrentSlug } from "@/lib/redirects/queries";
import { createArticle, createAuthor } from "@/test/factories";

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
