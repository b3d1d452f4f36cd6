/**
 * The dashboard's counts. Other tests add drafts, scheduled stories and comments while these run,
 * so each count is checked against the list it summarises, read at the same moment, and the
 * seeded articles must be among them.
 */
import { test, expect } from "../fixtures/auth";
import { staff } from "../fixtures/admin-accounts";
import { AdminArticlesPage } from "../pages/admin-articles-page";
import { AdminCommentsPage } from "../pages/admin-comments-page";
import { AdminDashboardPage, type DashboardCard } from "../pages/admin-dashboard-page";
import { demoAuthors, unpublishedWithStatus, type SeedArticle } from "../support/demo-content";

const LISTS: { card: DashboardCard; status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" }[] = [
  { card: "Drafts", status: "DRAFT" },
  { card: "In review", status: "IN_REVIEW" },
  { card: "Scheduled", status: "SCHEDULED" },
];

/** How many the dashboard lists under a count (DASHBOARD_LIST_SIZE in lib/dashboard/queries.ts). */
const LISTED = 5;

const number = async (text: Promise<string | null>) => Number((await text)?.match(/\d+/)?.[0] ?? NaN);

/** The contributor's own seeded articles: the seed makes the first author's login their creator. */
const contributorAuthor = demoAuthors.find((a) => a.staffEmail === staff.contributor.email)!.slug;
const ownedByContributor = (a: SeedArticle) => a.authors[0] === contributorAuthor;

for (const scope of ["editor", "contributor"] as const) {
  test(`${scope}'s dashboard counts drafts, articles in review and scheduled ones as the article list does, the seeded ones included`, async ({ pageAs }) => {
    const page = await pageAs(staff[scope]);
    const dashboard = new AdminDashboardPage(page);
    const list = new AdminArticlesPage(page);
    for (const { card, status } of LISTS) {
      const seeded = unpublishedWithStatus(status).filter((a) => scope === "editor" || ownedByContributor(a));
      await expect(async () => {
        await list.goto({ status });
        const total = await number(list.total.textContent());
        const titles = await list.titleLinks.allTextContents();
        await dashboard.goto();
        const shown = await number(dashboard.count(card).textContent());
        const listed = await dashboard.items(card).allTextContents();

        expect(titles, `every seeded ${status} article is listed`).toEqual(expect.arrayContaining(seeded.map((a) => a.title)));
        expect(shown, `the ${card} count matches the list of ${status} articles`).toBe(total);
        expect(listed, `the ${card} card lists its newest`).toHaveLength(Math.min(total, LISTED));
        expect(titles, `the ${card} card lists ${status} articles`).toEqual(expect.arrayContaining(listed));
      }).toPass({ timeout: 20_000 });
    }
    if (scope === "contributor") {
      await expect(dashboard.main.getByText("Your own articles.")).toBeVisible();
      await expect(dashboard.card("Pending comments")).toHaveCount(0);
    }
  });
}

test("editor's dashboard counts the comments waiting for approval as the moderation queue does", async ({ pageAs }) => {
  const page = await pageAs(staff.editor);
  const dashboard = new AdminDashboardPage(page);
  const queue = new AdminCommentsPage(page);
  await expect(async () => {
    await queue.goto();
    const waiting = await number(queue.pendingHeading.textContent());
    await dashboard.goto();
    expect(await number(dashboard.count("Pending comments").textContent())).toBe(waiting);
    expect(await dashboard.items("Pending comments").count()).toBe(Math.min(waiting, LISTED));
  }).toPass({ timeout: 20_000 });
  await expect(dashboard.card("Pending comments").getByRole("link", { name: "Pending comments" })).toHaveAttribute("href", "/admin/comments#pending");
});
