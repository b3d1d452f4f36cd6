import { test, expect } from "../fixtures/auth";
import { demoEditor, demoReader } from "../fixtures/accounts";
import { quietStories } from "../fixtures/comment-stories";
import { expectNoNewMail, listUnsubscribe, mailCount, waitForNewMail } from "../fixtures/mail";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { SitePage } from "../pages/site-page";
import { article } from "../support/demo-content";
import { linkIn } from "../support/mail-client";

const story = article(quietStories.notifications);

test("reader who asked to hear about replies is emailed a link to the reply, and one click without signing in stops further emails", async ({
  page,
  pageAs,
  baseURL,
}) => {
  // Two signed-in readers, a third browser and the mail sink, one step after another.
  test.slow();
  const commenter = demoReader("birch");
  const replier = demoReader("quill");

  const a = new ArticleCommentsPage(await pageAs(commenter));
  await a.goto(story.slug);
  const original = "Will the guidance apply to tools bought before it was published?";
  await a.post(original, { notifyReplies: true });
  await expect(a.comment(original)).toBeVisible();

  const since = await mailCount(commenter.email);
  const b = new ArticleCommentsPage(await pageAs(replier));
  await b.goto(story.slug);
  await b.item(original).replyLink.click();
  const firstReply = "Only to renewals, as far as I can tell from the annex.";
  await b.reply(firstReply);
  await expect(b.repliesIn(original)).toHaveCount(1);
  const replyId = await b.item(firstReply).id();

  const mail = await waitForNewMail(commenter.email, since, (m) => m.subject.includes("replied to your comment"));
  expect(mail.subject).toBe(`${replier.name} replied to your comment on “${story.title}”`);
  expect(mail.text).toContain(firstReply);
  const replyLink = linkIn(mail, `${baseURL}/articles/`);
  expect(replyLink).toBe(`${baseURL}/articles/${story.slug}#comment-${replyId}`);

  // The mail opens in a new tab of the commenter's browser.
  const fromMail = new ArticleCommentsPage(await a.page.context().newPage());
  await fromMail.open(replyLink);
  await expect(fromMail.itemById(replyId).body).toHaveText(firstReply);
  await expect(fromMail.itemById(replyId).root).toBeInViewport();

  const unsubscribeLink = linkIn(mail, `${baseURL}/unsubscribe?token=`);
  expect(listUnsubscribe(mail)).toEqual({ url: unsubscribeLink, oneClick: true });

  // Opened from the mail on a device where nobody is signed in (the test's own page).
  await page.goto(unsubscribeLink);
  await expect(page).toHaveURL("/unsubscribed?result=ok");
  await expect(new SitePage(page).heading).toHaveText("You are unsubscribed");

  const mailsBefore = await mailCount(commenter.email);
  await b.goto(story.slug);
  await b.item(original).replyLink.click();
  const secondReply = "Also, the annex was updated last week.";
  await b.reply(secondReply);
  await expect(b.repliesIn(original)).toHaveCount(2);
  await expectNoNewMail(commenter.email, mailsBefore);
});

test("reader who opens a tampered unsubscribe link is told \"That link did not work\"; their mail client's one-click POST unsubscribes", async ({ page, pageAs, baseURL }) => {
  test.slow();
  // A real unsubscribe link to tamper with: a comment with reply emails on, and a reply to it.
  // Other people than in the test above, so that neither sees the other's mail.
  const commenter = demoEditor;
  const replier = demoReader("kestrel");
  const a = new ArticleCommentsPage(await pageAs(commenter));
  await a.goto(quietStories.unsubscribe);
  const original = "Is there a list of which models are covered?";
  await a.post(original, { notifyReplies: true });
  await expect(a.comment(original)).toBeVisible();

  const since = await mailCount(commenter.email);
  const b = new ArticleCommentsPage(await pageAs(replier));
  await b.goto(quietStories.unsubscribe);
  await b.item(original).replyLink.click();
  await b.reply("There is one in the appendix.");
  const mail = await waitForNewMail(commenter.email, since, (m) => m.subject.includes("replied to your comment"));
  const link = new URL(linkIn(mail, `${baseURL}/unsubscribe?token=`));
  const token = link.searchParams.get("token") ?? "";
  const [commentId = "", signature = ""] = token.split(".");

  const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
  for (const tampered of [`${commentId}.${flipped}`, `${commentId}x.${signature}`, commentId, ""]) {
    await test.step(`token "${tampered.slice(0, 20)}…"`, async () => {
      await page.goto(`/unsubscribe?token=${encodeURIComponent(tampered)}`);
      await expect(page).toHaveURL("/unsubscribed?result=invalid");
      await expect(new SitePage(page).heading).toHaveText("That link did not work");
    });
  }

  const oneClick = await page.request.post(link.href, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
  expect(oneClick.status()).toBe(303);
  expect(oneClick.headers()["location"]).toBe(`${baseURL}/unsubscribed?result=ok`);

  const mailsBefore = await mailCount(commenter.email);
  await b.goto(quietStories.unsubscribe);
  await b.item(original).replyLink.click();
  await b.reply("And the appendix is updated monthly.");
  await expect(b.repliesIn(original)).toHaveCount(2);
  await expectNoNewMail(commenter.email, mailsBefore);
});
