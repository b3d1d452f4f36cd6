/** A new reader's first comment waits for a moderator; once approved, everyone sees it. */
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { demoReader } from "../fixtures/accounts";
import { feedbackStory, moderationStory } from "../fixtures/admin-stories";
import { AdminCommentsPage } from "../pages/admin-comments-page";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { ListingPage } from "../pages/listing-page";
import { article, oneLine } from "../support/demo-content";

test("editor approves a new reader's first comment at /admin/comments, and a visitor then sees it and the new count", async ({ newReader, visitorPage, pageAs }) => {
  const { page: readerPage, account } = await newReader("moderated");
  const text = `First thoughts from ${account.name}: the archive holds up well.`;
  const reader = new ArticleCommentsPage(readerPage);
  await reader.goto(moderationStory.slug);
  await reader.post(text);
  await expect(reader.posted).toHaveText("Thanks! Your comment is waiting for a moderator; it will appear once approved.");

  const visitorTab = await visitorPage();
  const visitor = new ArticleCommentsPage(visitorTab);
  await visitor.goto(moderationStory.slug);
  await expect(visitor.comment(text)).toHaveCount(0);
  await expect(visitor.countHeading).toHaveText("0 comments");
  const listing = new ListingPage(visitorTab);
  const card = listing.main.getByRole("article").filter({ has: visitorTab.getByRole("link", { name: moderationStory.title, exact: true }) });
  await listing.open(moderationStory.tagListingPath);
  await expect(card).toContainText("0 comments");

  const queue = new AdminCommentsPage(await pageAs(staff.editor));
  await queue.goto();
  const row = queue.pendingRow(text);
  await expect(row).toContainText(account.name);
  await expect(row.getByRole("link", { name: moderationStory.title })).toBeVisible();
  await queue.decide(text, "Approve");
  await expect(queue.pendingRow(text)).toHaveCount(0);
  await expect(queue.confirmations).toHaveText(["Approved 1 comment."]);

  await visitor.goto(moderationStory.slug);
  await expect(visitor.item(text).body).toHaveText(text);
  await expect(visitor.item(text).author).toHaveText(account.name);
  await expect(visitor.item(text).pendingBadge).toHaveCount(0);
  await expect(visitor.countHeading).toHaveText("1 comment");
  await listing.open(moderationStory.tagListingPath);
  await expect(card).toContainText("1 comment");
});

test("editor's refused ban (no reason) is cleared by a later approval, which is confirmed even when it empties the queue", async ({ newReader, pageAs }) => {
  const discussed = article("liquid-cooling-retrofit-data-centres");
  const seeded = discussed.comments?.find((c) => c.by !== "birch");
  if (!seeded) throw new Error(`${discussed.slug} needs a seeded comment by someone other than birch`);
  const reportedText = oneLine(seeded.text).slice(0, 60);
  const reporter = new ArticleCommentsPage(await pageAs(demoReader("birch")));
  await reporter.goto(discussed.slug);
  await reporter.item(reportedText).reportButton.click();
  await expect(reporter.item(reportedText).status).toHaveText("Thank you. A moderator will look at this comment.");

  const { page: readerPage, account } = await newReader("feedback");
  const waiting = `Waiting for a decision, from ${account.name}.`;
  const reader = new ArticleCommentsPage(readerPage);
  await reader.goto(feedbackStory.slug);
  await reader.post(waiting);
  await expect(reader.item(waiting).pendingBadge).toBeVisible();

  const queue = new AdminCommentsPage(await pageAs(staff.editor));
  await queue.goto();
  await queue.banReportedAuthor(reportedText);
  await expect(queue.refusals.first()).toBeVisible();
  await expect(queue.reportedRow(reportedText)).toHaveCount(1);

  await queue.decide(waiting, "Approve");
  await expect(queue.pendingRow(waiting)).toHaveCount(0);
  await expect(queue.confirmations).toHaveText(["Approved 1 comment."]);
  await expect(queue.refusals, "the earlier refusal is gone").toHaveCount(0);
});
