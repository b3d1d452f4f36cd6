import { test, expect } from "../fixtures/auth";
import { demoReader } from "../fixtures/accounts";
import { closedStory, quietStories } from "../fixtures/comment-stories";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { SignInPage } from "../pages/sign-in-page";
import { article, oneLine } from "../support/demo-content";

const threaded = article("compact-reasoning-model-northwind");
const manyThreads = article("phishing-kit-targets-passkey-fallbacks");

test("visitor sees the comments but no form, and a \"Sign in to comment\" link that leads to sign-in and back", async ({ page }) => {
  const story = new ArticleCommentsPage(page);
  await story.goto(threaded.slug);
  const first = threaded.comments?.[0];
  if (!first) throw new Error(`${threaded.slug} has no comments in the demo content`);
  await expect(story.comment(oneLine(first.text))).toBeVisible();

  await expect(story.commentForm).toHaveCount(0);
  await expect(story.comments.getByRole("button")).toHaveCount(0);
  await expect(story.comments.getByRole("link", { name: "Reply", exact: true })).toHaveCount(0);

  // After signing in the reader lands on the story's discussion page, where the form is.
  await story.signInToComment.click();
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(`/articles/${threaded.slug}/discussion`)}`);
  const signIn = new SignInPage(page);
  await expect(signIn.emailInput).toBeEditable();
  await expect(signIn.callbackField).toHaveValue(`/articles/${threaded.slug}/discussion`);
});

test("reader posts a comment and it joins the list without a page reload", async ({ pageAs, visitorPage }) => {
  const reader = demoReader("kestrel");
  const page = await pageAs(reader);
  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.postWithScript);
  await expect(story.noComments).toBeVisible();
  await page.evaluate(() => Object.assign(window, { __marker: 1 }));

  const text = "Chiplets make sense here.\n\nThe yield argument alone is worth it.";
  await story.post(text);

  await expect(story.posted).toHaveText("Your comment was posted.");
  const posted = story.item("Chiplets make sense here.");
  await expect(posted.author).toHaveText(reader.name);
  await expect(posted.body.locator("p")).toHaveText(["Chiplets make sense here.", "The yield argument alone is worth it."]);
  await expect(posted.pendingBadge).toHaveCount(0);
  await expect(story.countHeading).toHaveText("1 comment");
  await expect(story.commentBox).toHaveValue("");
  expect(await page.evaluate(() => (window as Window & { __marker?: number }).__marker), "the page was not reloaded").toBe(1);

  const visitor = new ArticleCommentsPage(await visitorPage());
  await visitor.goto(quietStories.postWithScript);
  await expect(visitor.item("Chiplets make sense here.").author).toHaveText(reader.name);
});

test("reader with JavaScript switched off posts a comment with the plain form and sees it after the page comes back", async ({ pageAs }) => {
  const reader = demoReader("marram");
  const page = await pageAs(reader, { javaScriptEnabled: false });
  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.postWithoutScript);
  // The cached story page is the same for everyone; its sign-in link leads a reader without
  // scripts to the discussion page, which knows who they are.
  await expect(story.signInToComment).toHaveAttribute("href", `/signin?callbackUrl=${encodeURIComponent(`/articles/${quietStories.postWithoutScript}/discussion`)}`);
  await story.gotoDiscussion(quietStories.postWithoutScript);
  await expect(story.noComments).toBeVisible();

  const text = "Posted from a browser without scripts: firmware updates should be signed.";
  const submitted = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes(`/articles/${quietStories.postWithoutScript}`));
  await story.post(text);
  expect((await submitted).ok()).toBe(true);

  await expect(story.item(text).body).toHaveText(text);
  await expect(story.item(text).author).toHaveText(reader.name);
  await expect(story.posted).toHaveText("Your comment was posted.");
  await expect(story.countHeading).toHaveText("1 comment");
});

test("reader's comment of 5,001 characters is refused with a message and the text kept; one of 5,000 is accepted", async ({ pageAs }) => {
  const page = await pageAs(demoReader("juniper"));
  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.tooLong);

  const tooLong = `Quantum ${"q".repeat(4_984)} the end.`;
  expect(tooLong).toHaveLength(5_001);
  await story.fillBeyondMaxLength(tooLong);
  await story.postButton.click();

  await expect(story.refusal).toHaveText("Please correct the highlighted fields.");
  await expect(story.bodyError).toHaveText("Comments are at most 5,000 characters.");
  await expect(story.commentBox).toHaveValue(tooLong);
  await expect(story.noComments).toBeVisible();

  const longest = tooLong.slice(0, 4_990) + tooLong.slice(4_991);
  expect(longest).toHaveLength(5_000);
  await story.post(longest);
  await expect(story.posted).toHaveText("Your comment was posted.");
  await expect(story.countHeading).toHaveText("1 comment");
});

test("reader who posts the same comment twice within ten minutes is refused the second time and keeps the text", async ({ pageAs }) => {
  const page = await pageAs(demoReader("marlowe"));
  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.duplicate);

  const text = "Export rules like these rarely survive the first appeal.";
  await story.post(text);
  await expect(story.comment(text)).toBeVisible();

  await story.post(text);
  await expect(story.refusal).toHaveText("You posted this same comment a moment ago.");
  await expect(story.commentBox).toHaveValue(text);
  await expect(story.comment(text)).toHaveCount(1);
  await expect(story.countHeading).toHaveText("1 comment");
});

test("visitor sorts comments newest first and the threads come in reverse order", async ({ page }) => {
  const story = new ArticleCommentsPage(page);
  await story.goto(manyThreads.slug);
  await expect(story.currentSort).toHaveText("Oldest first");
  const oldestFirst = await story.threadIds();
  expect(oldestFirst.length).toBe(manyThreads.comments?.length);
  const firstSeeded = manyThreads.comments?.[0];
  if (!firstSeeded) throw new Error(`${manyThreads.slug} has no comments in the demo content`);
  await expect(story.commentThreads.first().locator(":scope > article.comment")).toContainText(oneLine(firstSeeded.text).slice(0, 40));

  await story.newestFirstLink.click();
  await expect(page).toHaveURL(`/articles/${manyThreads.slug}/discussion?comments=newest#comments`);
  await expect(story.currentSort).toHaveText("Newest first");
  expect(await story.threadIds()).toEqual([...oldestFirst].reverse());

  await story.oldestFirstLink.click();
  await expect(story.currentSort).toHaveText("Oldest first");
  expect(await story.threadIds()).toEqual(oldestFirst);
});

test("reader sees that comments are closed on a story, and no form to post one", async ({ pageAs }) => {
  const story = new ArticleCommentsPage(await pageAs(demoReader("fathom")));
  await story.goto(closedStory);
  await expect(story.commentsClosedNote).toBeVisible();
  await expect(story.commentForm).toHaveCount(0);
  await expect(story.signInToComment).toHaveCount(0);
});

test("visitor sees that comments are closed on a story, and no link to sign in to comment", async ({ page }) => {
  const story = new ArticleCommentsPage(page);
  await story.goto(closedStory);
  await expect(story.commentsClosedNote).toBeVisible();
  await expect(story.commentForm).toHaveCount(0);
  await expect(story.signInToComment).toHaveCount(0);
});
