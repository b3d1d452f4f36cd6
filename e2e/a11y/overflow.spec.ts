/**
 * Nothing scrolls sideways: every public, account and admin page is no wider than a 390 px phone
 * and a 1366 px desktop window (document width <= window width). Wide content (a table in a story)
 * may scroll only inside its own box.
 */
import { test, expect } from "../fixtures/auth";
import { demoReader } from "../fixtures/accounts";
import { staff } from "../fixtures/admin-accounts";
import { AdminPage } from "../pages/admin-page";
import { SitePage } from "../pages/site-page";
import { auditedPages, storyWithComments } from "./audited-pages";

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
] as const;

const readerPages = [
  ...auditedPages.map((p) => p.path),
  `/articles/${storyWithComments.slug}/discussion`,
  `/articles/${storyWithComments.slug}/discussion?comments=newest`,
  "/account",
  "/unsubscribed?result=ok",
];

/** Admin pages with no id in them; the pages of one item are found from their lists' links. */
const adminLists = ["/admin", "/admin/articles", "/admin/articles/new", "/admin/comments", "/admin/media", "/admin/authors", "/admin/authors/new", "/admin/sections", "/admin/tags", "/admin/users", "/admin/audit", "/admin/import"];
const adminItems: { list: string; item: RegExp }[] = [
  { list: "/admin/articles?status=PUBLISHED", item: /^\/admin\/articles\/(?!new$)[^/]+$/ },
  { list: "/admin/media", item: /^\/admin\/media\/[^/]+$/ },
  { list: "/admin/authors", item: /^\/admin\/authors\/(?!new$)[^/]+$/ },
  { list: "/admin/sections", item: /^\/admin\/sections\/[^/]+$/ },
  { list: "/admin/tags", item: /^\/admin\/tags\/[^/]+$/ },
];

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test("signed-in reader scrolls no public or account page sideways", async ({ pageAs }) => {
      test.setTimeout(180_000);
      const page = await pageAs(demoReader("nadia"));
      await page.setViewportSize(viewport);
      const site = new SitePage(page);
      for (const path of readerPages) {
        await site.open(path, "domcontentloaded");
        await expect(site.heading, path).toBeVisible();
        const { scrollWidth, clientWidth } = await site.horizontalExtent();
        expect.soft(scrollWidth, `${path} is ${scrollWidth}px wide in ${clientWidth}px`).toBeLessThanOrEqual(clientWidth);
      }
    });

    test("admin scrolls no admin page sideways", async ({ pageAs }) => {
      test.setTimeout(240_000);
      const page = await pageAs(staff.admin);
      await page.setViewportSize(viewport);
      // The signed-in context skips the site's image files (paths under /media/); let the admin's own media pages through.
      await page.context().unroute(/\/media\//);
      await page.context().route(/^https?:\/\/[^/]+\/media\//, (route) => route.abort());
      const admin = new AdminPage(page);
      const paths = [...adminLists];
      for (const { list, item } of adminItems) {
        await admin.open(list);
        const first = (await admin.linkedPaths(item))[0];
        expect(first, `${list} links to an item`).toBeDefined();
        if (first) paths.push(first, ...(first.startsWith("/admin/articles/") ? [`${first}/revisions`] : []));
      }
      for (const path of paths) {
        await page.goto(path, { waitUntil: "domcontentloaded" });
        await expect(admin.heading, path).toBeVisible();
        const { scrollWidth, clientWidth } = await admin.horizontalExtent();
        expect.soft(scrollWidth, `${path} is ${scrollWidth}px wide in ${clientWidth}px`).toBeLessThanOrEqual(clientWidth);
      }
    });
  });
}
