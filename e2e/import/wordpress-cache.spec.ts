import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { test, expect } from "../fixtures/auth";
import { ArticlePage } from "../pages/article-page";
import { cachedResponse, cacheState, get } from "../support/cache-probes";
import { E2E_IMPORT_PORT, MAIL_SINK } from "../support/ports";

/**
 * A newsroom imports again while its site is serving: pages cached before the import show what it
 * brought right after it. The import runs as an operator runs it (`npx masthead import`), in a
 * process of its own, against the database of the server scripts/e2e-import-server.sh started.
 */

const run = promisify(execFile);

/** One published story in the Infrastructure category by Elena Marsh, from another WordPress site of the desk. */
function lateExport(n: string): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>Baltic Tech Desk Archive</title>
	<link>https://archive-${n}.example</link>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>https://archive-${n}.example</wp:base_site_url>
	<wp:base_blog_url>https://archive-${n}.example</wp:base_blog_url>
	<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[elena.marsh]]></wp:author_login><wp:author_email><![CDATA[elena.marsh@example.com]]></wp:author_email><wp:author_display_name><![CDATA[Elena Marsh]]></wp:author_display_name></wp:author>
	<wp:category><wp:term_id>4</wp:term_id><wp:category_nicename><![CDATA[infrastructure]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Infrastructure]]></wp:cat_name></wp:category>
	<item>
		<title><![CDATA[Archive ${n}: The Baltic Sea Cable Gets a Second Landing Station]]></title>
		<link>https://archive-${n}.example/2026/12/archive-${n}-second-landing-station/</link>
		<dc:creator><![CDATA[elena.marsh]]></dc:creator>
		<content:encoded><![CDATA[<!-- wp:paragraph --><p>The operators confirmed the second landing station on Monday.</p><!-- /wp:paragraph -->]]></content:encoded>
		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
		<wp:post_id>90</wp:post_id>
		<wp:post_date><![CDATA[2026-12-07 09:00:00]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[2026-12-07 07:00:00]]></wp:post_date_gmt>
		<wp:post_name><![CDATA[archive-${n}-second-landing-station]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<wp:post_password><![CDATA[]]></wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>
		<category domain="category" nicename="infrastructure"><![CDATA[Infrastructure]]></category>
	</item>
</channel>
</rss>
`;
}

test("pages cached before an import show the imported story right after it", async ({ request, page }) => {
  // A second import, by the command line, while the site serves.
  test.slow();
  const n = `${Date.now()}`;
  const headline = `Archive ${n}: The Baltic Sea Cable Gets a Second Landing Station`;
  const pages = ["/sections/infrastructure", "/authors/elena-marsh", "/"];
  for (const p of pages) expect(await (await cachedResponse(request, p)).text(), p).not.toContain(headline);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-late-import-"));
  const file = path.join(dir, "export.xml");
  fs.writeFileSync(file, lateExport(n));
  const server = path.resolve(".e2e", String(E2E_IMPORT_PORT));
  try {
    await run(process.execPath, ["bin/masthead.mjs", "import", "wordpress", file], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: `file:${server}/masthead.db`,
        UPLOADS_DIR: `${server}/uploads`,
        SITE_URL: `http://127.0.0.1:${E2E_IMPORT_PORT}`,
        AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
        SMTP_URL: `smtp://127.0.0.1:${MAIL_SINK.smtpPort}`,
      },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  for (const p of pages) {
    const response = await get(request, p);
    expect(cacheState(response), `${p} is rendered afresh after the import`).toBe("MISS");
    expect(await response.text(), p).toContain(headline);
  }
  const story = new ArticlePage(page);
  expect((await story.goto(`archive-${n}-second-landing-station`))?.status()).toBe(200);
  await expect(story.sectionLink).toHaveText("Infrastructure");
  await expect(story.bylineLinks).toHaveText(["Elena Marsh"]);
});
