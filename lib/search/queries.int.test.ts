import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { rowidsSql, SEARCH_RESULTS_PER_PAGE, searchArticles } from "@/lib/search/queries";
import { engine } from "@/test/engine";
import { createArticle, createAuthor, createTag } from "@/test/factories";

const HOUR = 3_600_000;

/** Slugs of the first page of results for `q`. */
async function slugsFor(q: string): Promise<string[]> {
  return (await searchArticles(q, 1)).items.map((a) => a.slug);
}

/** The article's rows in the index's document table, which both engines keep. */
async function indexRowCount(articleId: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: bigint | number }[]>`SELECT count(*) AS n FROM "ArticleSearchDocument" WHERE "articleId" = ${articleId}`;
  return Number(rows[0]?.n ?? 0);
}

describe("searchArticles", () => {
  it("ranks a match in the title above a match in the body only", async () => {
    const inBody = await createArticle({ title: "Observatory budget approved", body: "The new telescope will study every quasar it can find." });
    const inTitle = await createArticle({ title: "Quasar survey begins", body: "Astronomers started the count on Monday." });
    expect(await slugsFor("quasar")).toEqual([inTitle.slug, inBody.slug]);
  });

  it("finds words whatever their case or diacritics", async () => {
    const article = await createArticle({ title: "Seimas passes the register law", body: "Officials call it algoritmų žinios." });
    for (const q of ["seimas", "SEIMAS", "Seimas", "zinios", "ŽINIOS", "žinios", "algoritmu"]) {
      expect(await slugsFor(q), q).toContain(article.slug);
    }
    // And the other way: letters typed with diacritics find text written without them.
    const plain = await createArticle({ title: "Kaunas ukis news", body: "Rusiu kalba, sakes ir zuvys." });
    for (const q of ["ūkis", "Ūkis", "rusių", "šakės", "žuvys", "ŽUV"]) {
      expect(await slugsFor(q), q).toContain(plain.slug);
    }
  });

  it("matches the last word as a prefix, and only the last word", async () => {
    const article = await createArticle({ title: "Photonic interconnect shipped", body: "Vendors shipped it." });
    expect(await slugsFor("photon")).toContain(article.slug);
    expect(await slugsFor("shipped photon")).toContain(article.slug);
    expect(await slugsFor("photon shipped")).not.toContain(article.slug);
  });

  it("matches a prefix longer than the index's prefix lists through the terms it covers", async () => {
    const policy = await createArticle({ title: "Quokka policy review" });
    const police = await createArticle({ title: "Quokka police budget" });
    const politics = await createArticle({ title: "Quokka politics today" });
    const slugs = await slugsFor("quokka POLIC");
    expect(slugs).toEqual(expect.arrayContaining([policy.slug, police.slug]));
    expect(slugs).not.toContain(politics.slug);
    // A prefix ending in the last letter or digit still covers its longer terms.
    const quiz = await createArticle({ title: "Quizzes for gpu9000 owners" });
    expect(await slugsFor("quiz")).toContain(quiz.slug);
    expect(await slugsFor("gpu9")).toContain(quiz.slug);
  });

  it.runIf(engine === "sqlite")("sends FTS5 the covered terms instead of the prefix, and no MATCH at all when there are none", async () => {
    await createArticle({ title: "Quokka policy review" });
    await createArticle({ title: "Quokka police budget" });
    const sent = vi.spyOn(db, "$queryRaw");
    try {
      await searchArticles("quokka polic", 1);
      const values = sent.mock.calls.flatMap(([query, ...args]) => (query instanceof Prisma.Sql ? query.values : args));
      expect(values).toContain('"quokka" AND ("police" OR "policy")');
      expect(values).not.toContain('"quokka" "polic"*');
      sent.mockClear();
      await searchArticles("quokka zzqxv", 1);
      expect(sent.mock.calls.map(([query]) => (query instanceof Prisma.Sql ? query.sql : (query as TemplateStringsArray).join("?"))).join("\n")).not.toMatch(/MATCH/);
    } finally {
      sent.mockRestore();
    }
  });

  it("answers a prefix no term has with no results", async () => {
    await createArticle({ title: "Quokka census" });
    expect(await searchArticles("quokka zzqxv", 1)).toEqual({ items: [], page: 1, totalPages: 1, total: 0, more: false });
  });

  it("leaves a prefix covering very many terms to FTS5, with the same results", async () => {
    const many = await createArticle({ title: "Numbered words", body: Array.from({ length: 120 }, (_, i) => `pfxw${i}`).join(" ") });
    expect(await slugsFor("pfxw")).toEqual([many.slug]);
  });

  it("matches a one-letter last word as that letter only", async () => {
    // Bodies of their own: the factory's default body ends in a counter, which may be a "d".
    const d = await createArticle({ title: "Wombat vitamin d study", body: "Nutrition." });
    const dose = await createArticle({ title: "Wombat vitamin dose", body: "Nutrition." });
    const slugs = await slugsFor("wombat vitamin d");
    expect(slugs).toContain(d.slug);
    expect(slugs).not.toContain(dose.slug);
  });

  it("needs every word of the query", async () => {
    const both = await createArticle({ title: "Lattice cryptography standard", body: "A migration plan." });
    const one = await createArticle({ title: "Lattice boltzmann solver", body: "Fluid dynamics." });
    const slugs = await slugsFor("lattice cryptography");
    expect(slugs).toContain(both.slug);
    expect(slugs).not.toContain(one.slug);
  });

  it.each(['"unbalanced', "AND", "OR foo", "*", "-x", "(a", "a)", "NEAR(", "col:term", 'title:"x', "^x", "a OR", "NOT", "x NEAR/2 y", '""', "\u0000", "🚀"])(
    "answers %j with results or none, never an error",
    async (q) => {
      const result = await searchArticles(q, 1);
      expect(Array.isArray(result.items)).toBe(true);
      expect(result.page).toBe(1);
    },
  );

  it("treats operators and syntax as plain words", async () => {
    const article = await createArticle({ title: "Zircon NEAR miss and OR gates", body: "col term" });
    expect(await slugsFor("zircon AND near OR")).toContain(article.slug);
    expect(await slugsFor("col:term")).toContain(article.slug);
  });

  it("returns nothing for a query with nothing to search for", async () => {
    await createArticle({ title: "Anything at all" });
    for (const q of ["", "   ", "* - ( )"]) {
      expect(await searchArticles(q, 1)).toEqual({ items: [], page: 1, totalPages: 1, total: 0, more: false });
    }
  });

  describe("publication", () => {
    const hidden: Record<string, string> = {};
    let visible: string;

    beforeAll(async () => {
      const title = "Heliostat field report";
      visible = (await createArticle({ title })).slug;
      hidden.draft = (await createArticle({ title, status: "DRAFT" })).slug;
      hidden.inReview = (await createArticle({ title, status: "IN_REVIEW" })).slug;
      hidden.scheduled = (await createArticle({ title, status: "SCHEDULED", scheduledAt: new Date(Date.now() + 2 * HOUR) })).slug;
      hidden.archived = (await createArticle({ title, status: "ARCHIVED", publishedAt: new Date(Date.now() - 48 * HOUR) })).slug;
      hidden.future = (await createArticle({ title, publishedAt: new Date(Date.now() + HOUR) })).slug;
    });

    it("never returns drafts, articles in review, scheduled, archived or not yet due articles", async () => {
      const result = await searchArticles("heliostat", 1);
      expect(result.items.map((a) => a.slug)).toEqual([visible]);
      expect(result.total).toBe(1);
    });

    it("hides an unpublished article at once, with no index change", async () => {
      const article = await createArticle({ title: "Heliostat retraction" });
      expect(await slugsFor("heliostat retraction")).toEqual([article.slug]);
      await db.article.update({ where: { id: article.id }, data: { status: "ARCHIVED" } });
      expect(await slugsFor("heliostat retraction")).toEqual([]);
    });
  });

  describe("keeping the index in step", () => {
    it("finds an article by its new title after an update, and not by its old one", async () => {
      const article = await createArticle({ title: "Magnetar flare detected" });
      await db.article.update({ where: { id: article.id }, data: { title: "Pulsar glitch detected" } });
      expect(await slugsFor("magnetar")).not.toContain(article.slug);
      expect(await slugsFor("pulsar glitch")).toContain(article.slug);
      expect(await indexRowCount(article.id)).toBe(1);
    });

    it("indexes the standfirst and the plain text of the body", async () => {
      const article = await createArticle({ title: "A story", body: "The **neutrino** detector is [online](https://example.com/page)." });
      await db.article.update({ where: { id: article.id }, data: { standfirst: "Cherenkov light, explained." } });
      expect(await slugsFor("neutrino detector online")).toContain(article.slug);
      expect(await slugsFor("cherenkov")).toContain(article.slug);
      // The link's address is not part of the plain text.
      expect(await slugsFor("example.com")).not.toContain(article.slug);
    });

    it("finds an article by the names of its tags and authors", async () => {
      const tag = await createTag({ name: "Geothermal" });
      const author = await createAuthor({ name: "Rūta Kazlauskienė" });
      const article = await createArticle({ title: "Heat from below", tagIds: [tag.id], authorIds: [author.id] });
      expect(await slugsFor("geothermal")).toContain(article.slug);
      expect(await slugsFor("ruta kazlauskiene")).toContain(article.slug);
    });

    it("follows tags added, renamed and removed after the article was created", async () => {
      const article = await createArticle({ title: "Grid storage tender" });
      const tag = await createTag({ name: "Flywheels" });
      expect(await slugsFor("flywheels")).not.toContain(article.slug);

      await db.articleTag.create({ data: { articleId: article.id, tagId: tag.id } });
      expect(await slugsFor("flywheels")).toContain(article.slug);

      await db.tag.update({ where: { id: tag.id }, data: { name: "Kinetic storage" } });
      expect(await slugsFor("flywheels")).not.toContain(article.slug);
      expect(await slugsFor("kinetic")).toContain(article.slug);

      await db.articleTag.delete({ where: { articleId_tagId: { articleId: article.id, tagId: tag.id } } });
      expect(await slugsFor("kinetic")).not.toContain(article.slug);
      expect(await indexRowCount(article.id)).toBe(1);
    });

    it("follows authors added and renamed after the article was created", async () => {
      const article = await createArticle({ title: "Transit ridership rebounds" });
      const author = await createAuthor({ name: "Ingrid Solberg" });
      await db.articleAuthor.create({ data: { articleId: article.id, authorId: author.id, position: 0 } });
      expect(await slugsFor("solberg")).toContain(article.slug);

      await db.author.update({ where: { id: author.id }, data: { name: "Ingrid Haugen" } });
      expect(await slugsFor("solberg")).not.toContain(article.slug);
      expect(await slugsFor("haugen")).toContain(article.slug);
    });

    it("keeps one row per article through other updates and drops it with the article, tags and all", async () => {
      const tag = await createTag({ name: "Ephemeral" });
      const article = await createArticle({ title: "Short-lived story", tagIds: [tag.id] });
      await db.article.update({ where: { id: article.id }, data: { commentCount: 3 } });
      expect(await indexRowCount(article.id)).toBe(1);
      await db.article.delete({ where: { id: article.id } });
      expect(await indexRowCount(article.id)).toBe(0);
    });
  });

  describe("results", () => {
    it("marks the matched words in the title, the standfirst and a passage of the body", async () => {
      const article = await createArticle({
        title: "Tokamak record <b>pulse</b>",
        body: `${"Filler words come first. ".repeat(20)}The tokamak held its plasma for six minutes. ${"More filler follows. ".repeat(20)}`,
      });
      await db.article.update({ where: { id: article.id }, data: { standfirst: "A tokamak in Provence." } });
      const [result] = (await searchArticles("tokamak", 1)).items;
      expect(result?.slug).toBe(article.slug);
      expect(result?.highlights.title).toEqual([
        { text: "Tokamak", highlight: true },
        { text: " record <b>pulse</b>", highlight: false },
      ]);
      expect(result?.highlights.standfirst.filter((s) => s.highlight).map((s) => s.text)).toEqual(["tokamak"]);
      const body = result?.highlights.body ?? [];
      expect(body.filter((s) => s.highlight).map((s) => s.text)).toEqual(["tokamak"]);
      expect(body.map((s) => s.text).join("")).toContain("held its plasma");
      // Card fields come through as on every list.
      expect(result?.title).toBe("Tokamak record <b>pulse</b>");
      expect(result?.publishedAt).toBeInstanceOf(Date);
    });

    it("gives no body passage when only the title matched", async () => {
      const article = await createArticle({ title: "Stellarator design", body: "Nothing relevant here." });
      const result = (await searchArticles("stellarator", 1)).items.find((a) => a.slug === article.slug);
      expect(result?.highlights.body).toEqual([]);
    });

    it(`pages through the results ${SEARCH_RESULTS_PER_PAGE} at a time, in a stable order`, async () => {
      const count = 2 * SEARCH_RESULTS_PER_PAGE + 3;
      for (let i = 0; i < count; i++) await createArticle({ title: `Bolometer note ${i}` });
      const pages = await Promise.all([1, 2, 3].map((p) => searchArticles("bolometer", p)));
      expect(pages.map((p) => p.items.length)).toEqual([SEARCH_RESULTS_PER_PAGE, SEARCH_RESULTS_PER_PAGE, 3]);
      for (const p of pages) {
        expect(p.total).toBe(count);
        expect(p.totalPages).toBe(3);
      }
      const slugs = pages.flatMap((p) => p.items.map((a) => a.slug));
      expect(new Set(slugs).size).toBe(count);

      const past = await searchArticles("bolometer", 4);
      expect(past).toMatchObject({ items: [], page: 4, totalPages: 3, total: count });
    });

    it("ranks only the newest public matches of a large result, and says more match", async () => {
      // In order of indexing: three public stories, then two drafts that are newer still.
      const stories = [];
      for (let i = 0; i < 3; i++) stories.push(await createArticle({ title: `Magnetar flare ${i}`, body: i === 0 ? "Magnetar magnetar magnetar." : "Nothing." }));
      for (let i = 0; i < 2; i++) await createArticle({ title: `Magnetar draft ${i}`, status: "DRAFT" });
      const [oldest, middle, newest] = stories.map((s) => s.slug);

      // A window of two: the two newest public stories, ranked; drafts take no place in it.
      const capped = await searchArticles("magnetar", 1, 2);
      expect(capped).toMatchObject({ total: 2, totalPages: 1, more: true });
      expect(capped.items.map((a) => a.slug).sort()).toEqual([middle, newest].sort());
      expect(capped.items.map((a) => a.slug)).not.toContain(oldest);

      // A window as large as the result: all three, the oldest first on its body's three matches.
      const all = await searchArticles("magnetar", 1, 3);
      expect(all).toMatchObject({ total: 3, more: false });
      expect(all.items[0]?.slug).toBe(oldest);

      // Past the last page: no results, and the same count.
      expect(await searchArticles("magnetar", 2, 2)).toMatchObject({ items: [], page: 2, totalPages: 1, total: 2, more: true });
    });
  });

  describe.runIf(engine === "sqlite")("rowidsSql", () => {
    it("binds rowids as SQLite integers, sorted, with their range first", async () => {
      const sql = rowidsSql([30n, 10n, 20n]);
      expect(sql.sql).toMatch(/^rowid BETWEEN \? AND \? AND \+rowid IN \(\?,\s*\?,\s*\?\)$/);
      expect(sql.values).toEqual([10n, 30n, 10n, 20n, 30n]);
      // Why integers: a JS number reaches SQLite as a REAL, which FTS5 does not take as a bound.
      const [bound] = await db.$queryRaw<{ number: string; bigint: string }[]>`SELECT typeof(${5}) AS "number", typeof(${5n}) AS "bigint"`;
      expect(bound).toEqual({ number: "real", bigint: "integer" });
    });

    it("refuses an empty list", () => {
      expect(() => rowidsSql([])).toThrow(/at least one/);
    });
  });
});
