import type { Locator, Page } from "@playwright/test";
import { SitePage, type WaitUntil } from "./site-page";

/** `/`: the lead story, the "Latest" column and one block per section. */
export class FrontPage extends SitePage {
  /** The first story card on the page is the lead. */
  readonly leadStory: Locator;
  readonly leadHeadlineLink: Locator;
  readonly latest: Locator;
  readonly storyHeadlineLinks: Locator;
  /** The blocks below the top, one per section with stories. */
  readonly sectionBlocks: Locator;

  constructor(page: Page) {
    super(page);
    this.leadStory = this.main.getByRole("article").first();
    this.leadHeadlineLink = this.leadStory.getByRole("heading", { level: 2 }).getByRole("link");
    this.latest = this.main.getByRole("region", { name: "Latest" });
    this.storyHeadlineLinks = this.main.getByRole("article").getByRole("heading").getByRole("link");
    this.sectionBlocks = this.main.locator("section.section-block");
  }

  async goto(waitUntil: WaitUntil = "load") {
    return this.open("/", waitUntil);
  }

  sectionBlock(name: string): Locator {
    return this.main.getByRole("region", { name });
  }
}
