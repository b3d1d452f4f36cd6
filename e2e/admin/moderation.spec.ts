/** A new reader's first comment waits for a moderator; once approved, everyone sees it. */
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { moderationStory } from "../fixtures/admin-stories";
import { AdminCommentsPage } from "../pages/admin-comments-page";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { ListingPage } from "../pages/listing-page";

test("editor approves a new reader's first comment at /admin/comments, and a visitor then sees it and the new count", async ({ newReader, visitorPage, pageAs }) => {
  const { page: readerPage, account } = await newReader("moderated");
  const text = `First thoughts from ${account.name}: the archive holds up well.`;
  const reader = new ArticleCommentsPage(readerPage);
  await reader.goto(moderationStory.slug);
  await reader.post(text);
  await expect(reader.posted).toHaveText("Thanks! Your first comment is waiting for a moderator; it will appear once approved.");

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
  // Not checked: the "Approved 1 comment." confirmation. It vanishes when the decision empties
  // the queue (the form that holds it is replaced by "No comments are waiting"), and whether it
  // empties depends on what other tests left waiting.
  await expect(queue.pendingRow(text)).toHaveCount(0);

  await visitor.goto(moderationStory.slug);
  await expect(visitor.item(text).body).toHaveText(text);
  await expect(visitor.item(text).author).toHaveText(account.name);
  await expect(visitor.item(text).pendingBadge).toHaveCount(0);
  await expect(visitor.countHeading).toHaveText("1 comment");
  await listing.open(moderationStory.tagListingPath);
  await expect(card).toContainText("1 comment");
});
