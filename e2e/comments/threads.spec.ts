import { test, expect } from "../fixtures/auth";
import { demoReader } from "../fixtures/accounts";
import { quietStories } from "../fixtures/comment-stories";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { holdScripts, untilHydrated } from "../pages/hydration";
import { article, commenterName, oneLine } from "../support/demo-content";

const discussed = article("liquid-cooling-retrofit-data-centres");

function seeded(index: number) {
  const comment = discussed.comments?.[index];
  if (!comment) throw new Error(`${discussed.slug} has no seeded comment ${index}`);
  return { ...comment, text: oneLine(comment.text).slice(0, 60) };
}

test("reader replies to a comment: \"Reply\" opens a reply form and the reply is nested under the thread", async ({ pageAs }) => {
  const reader = demoReader("oxbow");
  const page = await pageAs(reader);
  const story = new ArticleCommentsPage(page);
  await story.goto(discussed.slug);
  const parent = seeded(0);
  const parentItem = story.item(parent.text);
  const parentId = await parentItem.id();
  await expect(story.repliesIn(parent.text)).toHaveCount(0);

  await parentItem.replyLink.click();
  await expect(page).toHaveURL(`/articles/${discussed.slug}/discussion?reply=${parentId}#reply-${parentId}`);
  await expect(story.replyBox).toHaveAccessibleName(`Reply to ${commenterName(parent.by)}`);
  const text = "Retrofits only pay off if the chillers were due for replacement anyway.";
  await story.reply(text);

  // The form closes: the message stands where it was.
  await expect(story.replyPosted).toHaveText("Your reply was posted.");
  await expect(story.replyForm).toHaveCount(0);
  await expect(story.repliesIn(parent.text)).toHaveCount(1);
  await expect(story.repliesIn(parent.text).filter({ hasText: text })).toHaveCount(1);
  const reply = story.item(text);
  await expect(reply.body).toHaveText(text);
  await expect(reply.author).toHaveText(reader.name);
  await expect(story.commentThreads).toHaveCount(discussed.comments?.length ?? 0);
});

test("reader's reply to a reply joins the same thread, one level deep", async ({ pageAs }) => {
  const reader = demoReader("oxbow");
  const story = new ArticleCommentsPage(await pageAs(reader));
  await story.goto(discussed.slug);
  const parent = seeded(1);
  const firstReply = parent.replies?.[0];
  if (!firstReply) throw new Error(`${discussed.slug}: seeded comment 1 has no reply`);
  const replyText = oneLine(firstReply.text).slice(0, 60);
  const repliesBefore = parent.replies?.length ?? 0;

  await story.item(replyText).replyLink.click();
  await expect(story.replyBox).toHaveAccessibleName(`Reply to ${commenterName(firstReply.by)}`);
  const text = "Agreed with the reply above, and the heat reuse numbers look optimistic.";
  await story.reply(text);

  await expect(story.repliesIn(parent.text)).toHaveCount(repliesBefore + 1);
  await expect(story.repliesIn(parent.text).last()).toContainText(text);
  await expect(story.comments.locator(".comments__replies .comments__replies")).toHaveCount(0);
  await expect(story.commentThreads).toHaveCount(discussed.comments?.length ?? 0);
});

test("reader edits their own comment on the discussion page and stays there: the new text is shown, marked \"(edited)\"", async ({ pageAs, visitorPage }) => {
  const page = await pageAs(demoReader("lintel"));
  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.edit);
  const original = "The licence says open weights, but the training data is not listed.";
  await story.post(original);
  const mine = story.item(original);
  await expect(mine.editedNote).toHaveCount(0);
  const id = await mine.id();

  await mine.editLink.click();
  await expect(page).toHaveURL(`/articles/${quietStories.edit}/discussion?edit=${id}#comment-${id}`);
  await expect(story.editBox).toHaveValue(original);
  const edited = "The licence says open weights, but the training data is not listed anywhere in the card.";
  await story.saveEdit(edited);

  await expect(page).toHaveURL(`/articles/${quietStories.edit}/discussion#comment-${id}`);
  const after = story.itemById(id);
  await expect(after.body).toHaveText(edited);
  await expect(after.editedNote).toBeVisible();
  await expect(story.editBox).toHaveCount(0);

  const visitor = new ArticleCommentsPage(await visitorPage());
  await visitor.goto(quietStories.edit);
  await expect(visitor.itemById(id).body).toHaveText(edited);
  await expect(visitor.itemById(id).editedNote).toBeVisible();
});

test("reader edits their own comment while the page's scripts are still loading: the typing survives hydration", async ({ pageAs }) => {
  const page = await pageAs(demoReader("lintel"));
  const story = new ArticleCommentsPage(page);
  await story.goto(quietStories.edit);
  const original = "A first draft of this comment, posted a little too soon.";
  await story.post(original);
  const id = await story.item(original).id();

  const release = await holdScripts(page);
  await story.item(original).editLink.click();
  await expect(story.editBox).toHaveValue(original);
  const typed = "A second draft, typed before the page's scripts had run.";
  await story.editBox.fill(typed);
  await release();
  await untilHydrated(story.editBox);
  await expect(story.editBox).toHaveValue(typed);

  await story.saveEditButton.click();
  await expect(page).toHaveURL(`/articles/${quietStories.edit}/discussion#comment-${id}`);
  await expect(story.itemById(id).body).toHaveText(typed);
});

test("reader deletes their own comment and it disappears", async ({ pageAs }) => {
  const story = new ArticleCommentsPage(await pageAs(demoReader("halyard")));
  await story.goto(quietStories.delete);
  const text = "On second thought, I should check the rack figures first.";
  await story.post(text);
  await expect(story.countHeading).toHaveText("1 comment");

  await story.item(text).deleteButton.click();
  await expect(story.comment(text)).toHaveCount(0);
  await expect(story.noComments).toBeVisible();
  await expect(story.countHeading).toHaveText("0 comments");
  await expect(story.deletedPlaceholders).toHaveCount(0);
});

test("reader deletes their own comment that has a reply: it becomes \"[deleted]\" and the reply stays", async ({ pageAs }) => {
  const author = new ArticleCommentsPage(await pageAs(demoReader("halyard")));
  await author.goto(quietStories.deleteWithReplies);
  const text = "Signing by default is overdue; key rotation is the hard part.";
  await author.post(text);
  await expect(author.comment(text)).toBeVisible();

  const replier = new ArticleCommentsPage(await pageAs(demoReader("sorrel")));
  await replier.goto(quietStories.deleteWithReplies);
  await replier.item(text).replyLink.click();
  const reply = "Rotation, and what happens to packages signed with a revoked key.";
  await replier.reply(reply);
  await expect(replier.repliesIn(text)).toHaveCount(1);

  await author.goto(quietStories.deleteWithReplies);
  await author.item(text).deleteButton.click();
  await expect(author.comment(text)).toHaveCount(0);
  await expect(author.deletedPlaceholders).toHaveText(["[deleted]"]);
  await expect(author.deletedThread().getByRole("list", { name: /^Replies to / })).toContainText(reply);
  await expect(author.countHeading).toHaveText("1 comment");
});

test("reader deletes their comment and posts the same words again: it is accepted, not refused as a repeat", async ({ pageAs }) => {
  const story = new ArticleCommentsPage(await pageAs(demoReader("marlowe")));
  await story.goto(quietStories.repostAfterDelete);
  const text = "Posted, deleted, and posted again: the same words.";
  await story.post(text);
  await expect(story.item(text).body).toHaveText(text);

  await story.item(text).deleteButton.click();
  await expect(story.comment(text)).toHaveCount(0);
  await expect(story.noComments).toBeVisible();

  await story.post(text);
  await expect(story.item(text).body).toHaveText(text);
  await expect(story.posted).toHaveText("Your comment was posted.");
  await expect(story.refusal).toHaveCount(0);
  await expect(story.countHeading).toHaveText("1 comment");
});
