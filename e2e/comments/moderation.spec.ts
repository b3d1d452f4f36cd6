import { test, expect } from "../fixtures/auth";
import { demoEditor, demoReader } from "../fixtures/accounts";
import { quietStories } from "../fixtures/comment-stories";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { article, commenterName, oneLine } from "../support/demo-content";

const reported = article("compact-reasoning-model-northwind");

/** The first seeded comment on `reported` by someone other than `handle`, and one by `handle`. */
function seededComments(handle: string) {
  const all = reported.comments ?? [];
  const others = all.find((c) => c.by !== handle);
  const own = all.find((c) => c.by === handle);
  if (!others || !own) throw new Error(`${reported.slug} needs seeded comments by ${handle} and by someone else`);
  return { others: { ...others, text: oneLine(others.text).slice(0, 60) }, own: { ...own, text: oneLine(own.text).slice(0, 60) } };
}

test("new reader's first comment shows \"Awaiting moderation\" to them and is absent for a visitor", async ({ newReader, visitorPage }) => {
  const { page, account } = await newReader("first");
  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.firstComment);

  const text = `My first comment here, as ${account.name}.`;
  await story.post(text);
  await expect(story.posted).toHaveText("Thanks! Your comment is waiting for a moderator; it will appear once approved.");
  await story.goto(quietStories.firstComment);
  const mine = story.item(text);
  await expect(mine.body).toHaveText(text);
  await expect(mine.pendingBadge).toBeVisible();
  await expect(mine.replyLink).toHaveCount(0);
  await expect(story.countHeading).toHaveText("0 comments");

  const visitor = new ArticleCommentsPage(await visitorPage());
  await visitor.goto(quietStories.firstComment);
  await expect(visitor.countHeading).toHaveText("0 comments");
  await expect(visitor.noComments).toBeVisible();
  await expect(visitor.comment(text)).toHaveCount(0);
});

test("new reader sees their first and second comments \"Awaiting moderation\" as soon as each is posted, without reloading", async ({ newReader }) => {
  const { page, account } = await newReader("pending-now");
  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.pendingWithScript);
  const text = `Straight into the queue, from ${account.name}.`;
  await story.post(text);
  await expect(story.posted).toHaveText("Thanks! Your comment is waiting for a moderator; it will appear once approved.");
  await expect(story.item(text).pendingBadge).toBeVisible({ timeout: 3_000 });

  // A second comment before the first is approved waits too; it is not called their first.
  const second = `And a second thought, from ${account.name}.`;
  await story.post(second);
  await expect(story.posted).toHaveText("Thanks! Your comment is waiting for a moderator; it will appear once approved.");
  await expect(story.item(second).pendingBadge).toBeVisible({ timeout: 3_000 });
});

test("new reader without JavaScript sees their first comment \"Awaiting moderation\" as soon as it is posted", async ({ newReader }) => {
  const { page, account } = await newReader("pending-nojs", { javaScriptEnabled: false });
  const story = new ArticleCommentsPage(page);
  await story.gotoDiscussion(quietStories.pendingWithoutScript);
  const text = `Straight into the queue without scripts, from ${account.name}.`;
  await story.post(text);
  await expect(story.posted).toHaveText("Thanks! Your comment is waiting for a moderator; it will appear once approved.");
  await expect(story.item(text).pendingBadge).toBeVisible();
});

test("editor's first comment is approved at once and a visitor sees it", async ({ pageAs, visitorPage }) => {
  const story = new ArticleCommentsPage(await pageAs(demoEditor));
  await story.goto(quietStories.editorComment);
  const text = "Editor's note: we have asked the company for the pilot's error rates.";
  await story.post(text);
  await expect(story.posted).toHaveText("Your comment was posted.");
  await expect(story.item(text).pendingBadge).toHaveCount(0);

  const visitor = new ArticleCommentsPage(await visitorPage());
  await visitor.goto(quietStories.editorComment);
  await expect(visitor.item(text).author).toHaveText(demoEditor.name);
});

test("reader reports someone else's comment and is thanked; their own comment has no Report button", async ({ pageAs }) => {
  const { others, own } = seededComments("fathom");
  const story = new ArticleCommentsPage(await pageAs(demoReader("fathom")));
  await story.goto(reported.slug);

  const theirs = story.item(others.text);
  await expect(theirs.author).toHaveText(commenterName(others.by));
  await theirs.reportButton.click();
  await expect(theirs.status).toHaveText("Thank you. A moderator will look at this comment.");
  await expect(theirs.reportButton).toHaveCount(0);

  const mine = story.item(own.text);
  await expect(mine.deleteButton).toBeVisible();
  await expect(mine.reportButton).toHaveCount(0);
});

test("reader cannot open someone else's comment for editing", async ({ pageAs }) => {
  const { others } = seededComments("fathom");
  const story = new ArticleCommentsPage(await pageAs(demoReader("fathom")));
  await story.goto(reported.slug);
  const theirs = story.item(others.text);
  await expect(theirs.editLink).toHaveCount(0);

  await story.gotoWith(reported.slug, `?edit=${await theirs.id()}`);
  await expect(story.editBox).toHaveCount(0);
  await expect(story.item(others.text).body).toBeVisible();
});
