import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getTag } from "@/lib/tags/queries";
import { createArticle, createTag } from "@/test/factories";
afterAll(() => db.$disconnect());

describe("a tag's public page", () => {
  it("shows a tag once a published story carries it", async () => {
    const tag = await createTag({ slug: "published-tag", name: "Published Tag" });
    await createArticle({ tagIds: [tag.id] });
    expect(await getTag("published-tag")).toMatchObject({ id: tag.id, name: "Published Tag" });
  });

  it("is not found while only drafts, stories in review, scheduled or unpublished ones carry it", async () => {
    const tag = await createTag({ slug: "draft-only-tag", name: "Contributor's Secret" });
    for (const status of ["DRAFT", "IN_REVIEW", "SCHEDULED", "ARCHIVED"] as const) await createArticle({ tagIds: [tag.id], status });
    await createArticle({ tagIds: [tag.id], publishedAt: new Date(Date.now() + 3_600_000) });
    expect(await getTag("draft-only-tag")).toBeNull();
  });

  it("is not found for a tag no story carries", async () => {
    await createTag({ slug: "unused-tag", name: "Unused" });
    expect(await getTag("unused-tag")).toBeNull();
  });
});
