import type { Locator, Page } from "@playwright/test";
import { SitePage, type WaitUntil } from "./site-page";

/** `/articles/<slug>`: one story with its byline, image, body, corrections, tags, authors and comments. */
export class ArticlePage extends SitePage {
  readonly article: Locator;
  readonly headline: Locator;
  readonly byline: Locator;
  readonly sectionLink: Locator;
  readonly bylineLinks: Locator;
  readonly dates: Locator;
  readonly publishedTime: Locator;
  readonly updatedTime: Locator;
  readonly readingTime: Locator;
  readonly hero: Locator;
  readonly heroWebpSource: Locator;
  readonly heroImage: Locator;
  readonly heroCaption: Locator;
  readonly heroCredit: Locator;
  readonly body: Locator;
  readonly corrections: Locator;
  readonly tagsNav: Locator;
  readonly tagLinks: Locator;
  readonly aboutTheAuthors: Locator;
  readonly related: Locator;
  readonly relatedLinks: Locator;
  readonly comments: Locator;
  readonly commentThreads: Locator;
  readonly commentReplies: Locator;
  readonly commentsClosedNote: Locator;
  readonly commentForm: Locator;
  readonly jsonLdScript: Locator;
  readonly canonicalLink: Locator;
  readonly ogTitle: Locator;
  readonly twitterCard: Locator;

  constructor(page: Page) {
    super(page);
    this.article = this.main.getByRole("article").first();
    this.headline = this.heading;
    this.byline = page.locator(".article__meta .byline");
    this.sectionLink = page.locator(".article__section").getByRole("link");
    this.bylineLinks = this.byline.getByRole("link");
    this.dates = page.locator(".article__dates");
    this.publishedTime = this.dates.locator("span", { hasText: /^Published/ }).locator("time");
    this.updatedTime = this.dates.locator("span", { hasText: /^Updated/ }).locator("time");
    this.readingTime = this.dates.getByText(/\d+ min read/);
    this.hero = page.locator("figure.article__hero");
    this.heroWebpSource = this.hero.locator('picture > source[type="image/webp"]');
    this.heroImage = this.hero.getByRole("img");
    this.heroCaption = this.hero.locator("figcaption");
    this.heroCredit = this.heroCaption.locator(".credit");
    this.body = this.article.locator(":scope > .prose");
    this.corrections = page.getByRole("complementary", { name: /^Corrections?$/ });
    this.tagsNav = page.getByRole("navigation", { name: "Tags" });
    this.tagLinks = this.tagsNav.getByRole("link");
    this.aboutTheAuthors = page.getByRole("complementary", { name: /^About the authors?$/ });
    this.related = page.getByRole("region", { name: "Related stories" });
    this.relatedLinks = this.related.getByRole("heading").getByRole("link");
    this.comments = page.getByRole("region", { name: /\d+ comments?$/ });
    this.commentThreads = this.comments.locator("ol.comments__list > li");
    this.commentReplies = this.comments.getByRole("list", { name: "Replies" });
    this.commentsClosedNote = this.comments.getByText("Comments are closed on this story.");
    this.commentForm = this.comments.locator("form, textarea");
    this.jsonLdScript = page.locator('script[type="application/ld+json"]');
    this.canonicalLink = page.locator('link[rel="canonical"]');
    this.ogTitle = page.locator('meta[property="og:title"]');
    this.twitterCard = page.locator('meta[name="twitter:card"]');
  }

  async goto(slug: string, waitUntil: WaitUntil = "load") {
    return this.open(`/articles/${slug}`, waitUntil);
  }

  /** The "About <name>" box under the story. */
  authorBox(name: string): Locator {
    return this.aboutTheAuthors.getByRole("region", { name: `About ${name}` });
  }

  /** The comment whose text contains `text`. */
  comment(text: string): Locator {
    return this.comments.locator("article.comment", { hasText: text });
  }

  /** The parsed JSON-LD of the page. */
  async structuredData(): Promise<Record<string, unknown>> {
    return JSON.parse(await this.jsonLdScript.textContent() ?? "null") as Record<string, unknown>;
  }

  /** The `innerHTML` of every `.prose` block: the body and the author bios. */
  async proseHtml(): Promise<string[]> {
    return this.page.locator(".prose").evaluateAll((blocks) => blocks.map((b) => b.innerHTML));
  }

  /** Attributes inside `.prose` that could run script: on* handlers and javascript:/data: URLs. */
  async scriptableProseAttributes(): Promise<string[]> {
    return this.page.locator(".prose").evaluateAll((blocks) =>
      blocks.flatMap((block) =>
        [...block.querySelectorAll("*")].flatMap((el) =>
          [...el.attributes]
            .filter((attr) => /^on/i.test(attr.name) || /^\s*(javascript|vbscript|data):/i.test(attr.value))
            .map((attr) => `<${el.tagName.toLowerCase()} ${attr.name}="${attr.value}">`),
        ),
      ),
    );
  }
}
