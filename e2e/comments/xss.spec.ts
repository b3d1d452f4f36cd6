import type { Page } from "@playwright/test";
import { test, expect } from "../fixtures/auth";
import { demoReader } from "../fixtures/accounts";
import { quietStories } from "../fixtures/comment-stories";
import { AccountPage } from "../pages/account-page";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { SiteHeader } from "../pages/site-header";

const HOSTILE_BODIES = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))"];
const HOSTILE_NAME = "<svg onload=alert(1)>";

/** Every dialog the page opens (there should be none), dismissed so nothing hangs. */
function recordDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on("dialog", (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

test("reader's comments that look like HTML or a script link are shown as the literal text typed, and nothing runs", async ({ pageAs, visitorPage }) => {
  const page = await pageAs(demoReader("nadia"));
  const dialogs = recordDialogs(page);
  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.hostileBodies);
  for (const body of HOSTILE_BODIES) {
    await story.post(body);
    await expect(story.comment(body)).toBeVisible();
  }

  // As a visitor's browser gets them from the server, too.
  const visitor = await visitorPage();
  const visitorDialogs = recordDialogs(visitor);
  const view = new ArticleCommentsPage(visitor);
  await view.goto(quietStories.hostileBodies);

  for (const shown of [story, view]) {
    await expect(shown.commentThreads).toHaveCount(HOSTILE_BODIES.length);
    for (const body of HOSTILE_BODIES) {
      await expect(shown.item(body).body).toHaveText(body, { useInnerText: true });
    }
    await expect(shown.comments.locator("script, img, iframe, svg")).toHaveCount(0);
    await expect(shown.comments.locator(".comment__body a")).toHaveCount(0);
    await expect(shown.comments.locator('[href^="javascript:" i], [onerror], [onload]')).toHaveCount(0);
  }
  expect([...dialogs, ...visitorDialogs]).toEqual([]);
});

test("reader's display name that looks like HTML is shown as the literal text on the account page, the header and their comment", async ({ newReader }) => {
  const { page } = await newReader("svgname");
  const dialogs = recordDialogs(page);
  const settings = new AccountPage(page);
  await settings.goto();
  await settings.saveName(HOSTILE_NAME);
  await expect(settings.profileSaved).toHaveText("Your profile was saved.");

  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.hostileName);
  const header = new SiteHeader(page);
  await expect(header.accountLinkFor(HOSTILE_NAME)).toHaveText(HOSTILE_NAME);
  const text = "Just saying hello.";
  await story.post(text);
  // A new reader's first comment waits for a moderator; its author sees it on the page.
  await expect(story.posted).toContainText("waiting for a moderator");
  await story.goto(quietStories.hostileName);
  await expect(story.item(text).author).toHaveText(HOSTILE_NAME);

  await settings.goto();
  await expect(settings.nameInput).toHaveValue(HOSTILE_NAME);
  await expect(page.locator("svg[onload]")).toHaveCount(0);
  await expect(header.banner.locator("svg")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("reader's URL in a comment becomes a link marked rel=\"nofollow ugc noopener\"", async ({ pageAs }) => {
  const story = new ArticleCommentsPage(await pageAs(demoReader("ostrava")));
  await story.goto(quietStories.links);
  const url = "https://example.com/advisories/2024-17?vendor=acme";
  const text = `The vendor advisory is at ${url}. Patch before the weekend.`;
  await story.post(text);

  const body = story.item("The vendor advisory is at").body;
  await expect(body).toHaveText(text);
  const link = body.getByRole("link");
  await expect(link).toHaveCount(1);
  await expect(link).toHaveText(url);
  await expect(link).toHaveAttribute("href", url);
  await expect(link).toHaveAttribute("rel", "nofollow ugc noopener");
});
