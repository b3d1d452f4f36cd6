import { test, expect } from "@playwright/test";
import { ArticlePage } from "../pages/article-page";
import { publishedArticles, type SeedArticle } from "../support/demo-content";

/** Next.js's own inline scripts: the flight data and the Turbopack chunk loader. */
const NEXT_INLINE_SCRIPT = /^\s*(\(self\.__next_f\s*=|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\])/;
const JSON_LD = /\btype="application\/ld\+json"/;
const NEXT_CHUNK = /\bsrc="\/_next\/static\/[^"]+\.js"/;

/** Every seeded story is checked; a few per test keeps the two workers busy without a browser context per story. */
const BATCHES = 4;
const batches: SeedArticle[][] = Array.from({ length: BATCHES }, (_, i) => publishedArticles.filter((_, j) => j % BATCHES === i));

// What matters is the HTML the server sends, so the browser does not run the page's own scripts here.
test.use({ javaScriptEnabled: false });

batches.forEach((stories, i) => {
  test(`reader's browser is sent no script but the JSON-LD and Next.js's own in stories batch ${i + 1} of ${BATCHES}`, async ({ page }) => {
    const view = new ArticlePage(page);
    for (const story of stories) {
      await test.step(story.slug, async () => {
        const response = await view.goto(story.slug, "domcontentloaded");
        expect(response?.status()).toBe(200);

        const html = (await response?.text()) ?? "";
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ attrs: m[1] ?? "", content: m[2] ?? "" }));
        const foreign = scripts.filter(({ attrs, content }) => !JSON_LD.test(attrs) && !NEXT_CHUNK.test(attrs) && !NEXT_INLINE_SCRIPT.test(content));
        expect(foreign.map((s) => `<script${s.attrs}>${s.content.slice(0, 80)}`)).toEqual([]);
        const jsonLd = scripts.filter(({ attrs }) => JSON_LD.test(attrs));
        expect(jsonLd).toHaveLength(1);
        // It is data, and it is this story's.
        expect((JSON.parse(jsonLd[0]?.content ?? "null") as { url?: string }).url).toMatch(new RegExp(`/articles/${story.slug}$`));

        // The body and the author bios: no script, no event handler, no script URL.
        const prose = await view.proseHtml();
        expect(prose.length).toBeGreaterThan(1);
        for (const block of prose) {
          expect(block).not.toMatch(/<(script|iframe|object|embed|form)\b/i);
          expect(block).not.toMatch(/\son[a-z]+\s*=/i);
          expect(block).not.toMatch(/javascript:/i);
        }
        expect(await view.scriptableProseAttributes()).toEqual([]);
      });
    }
  });
});
