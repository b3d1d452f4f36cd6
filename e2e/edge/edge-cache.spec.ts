/**
 * Readers through the edge: a real Varnish with the shipped VCL (deploy/varnish/masthead.vcl) in
 * front of the production build, which purges it (EDGE_PURGE_URLS) from the invalidation log
 * (scripts/e2e-edge-server.sh). The edge says what it did in `X-Cache`.
 *
 * The tests act on the fixtures' Cache Desk stories in the edge's own newsroom and run one after
 * another, so that no test changes a page another is watching.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderVcl, POLICY_FILE } from "@/lib/edge/vcl";
import { freePort } from "@/scripts/lib/free-port";
import { startVarnish } from "@/scripts/lib/varnish";
import { send, startLink } from "@/test/edge";
import { test, expect } from "../fixtures/auth";
import { demoReader } from "../fixtures/accounts";
import { staff } from "../fixtures/admin-accounts";
import { CACHE_AUTHOR, CACHE_SECTION, CACHE_STORIES } from "../fixtures/fixture-data";
import { AdminArticleEditorPage } from "../pages/admin-article-editor-page";
import { ArticleCommentsPage } from "../pages/article-comments-page";
import { get } from "../support/cache-probes";
import { articlePath, authorPath, sectionPath } from "../support/demo-content";
import { APP_BEHIND_EDGE, edgeHit, edgeState, warmEdge } from "../support/edge-probes";
import { E2E_EDGE_APP_PORT } from "../support/ports";

// An editor's save through the admin, then the reader's requests: allowed the time a busy machine takes.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const CONTROL_PATH = articlePath(CACHE_STORIES.control.slug);

// The edge sends requests only to a server its health probe has found answering; a server that
// has just started may still be too slow for the probe on a busy machine.
test.beforeAll(async ({ request }) => {
  await expect.poll(async () => (await get(request, "/api/health")).status(), { message: "the edge finds the server healthy", timeout: 60_000 }).toBe(200);
});

test("a published story is fetched once and then served by the edge; tracking parameters share its copy", async ({ request }) => {
  const story = articlePath(CACHE_STORIES.approve.slug);
  const first = await get(request, story);
  expect(first.status()).toBe(200);
  expect(edgeState(first), "nobody asked for it before").toBe("MISS");
  const second = await get(request, story);
  expect(edgeState(second)).toBe("HIT");
  expect(second.headers()["xkey"], "the cache tags stay at the edge").toBeUndefined();

  const tracked = await get(request, `${story}?utm_source=newsletter&utm_medium=email&fbclid=abc`);
  expect(edgeState(tracked), "utm_* and fbclid are not part of the cache key").toBe("HIT");
  expect(await tracked.text()).toBe(await second.text());
});

test("a signed-in reader gets the edge's copy of a story; what is theirs comes from the server every time", async ({ request, pageAs }) => {
  await warmEdge(request, CONTROL_PATH);
  const account = demoReader("quill");
  const reader = await pageAs(account);

  const story = await get(reader.request, CONTROL_PATH);
  expect(story.status()).toBe(200);
  expect(edgeState(story), "the session cookie does not make the story a pass").toBe("HIT");
  expect(await story.text()).not.toContain(account.name);

  const viewer = await get(reader.request, "/api/viewer");
  expect(edgeState(viewer)).toBe("PASS");
  expect(((await viewer.json()) as { user: { name: string } | null }).user?.name, "/api/viewer knows the reader through the edge").toBe(account.name);
});

test("the admin, the account page and every POST pass through the edge to the server", async ({ request, pageAs }) => {
  const editor = await pageAs(staff.editor);
  for (const p of ["/admin", "/admin", "/account"]) {
    const response = await get(editor.request, p, { maxRedirects: 0 });
    expect(response.status(), p).toBe(200);
    expect(edgeState(response), p).toBe("PASS");
  }
  const post = await request.post(CONTROL_PATH, { form: { nothing: "here" }, headers: { connection: "close" } });
  expect(edgeState(post), "a POST to a cacheable address").toBe("PASS");
  expect(edgeState(await get(request, "/search?q=cache"))).toBe("PASS");
});

test("an editor's headline edit is purged from the edge: the story and the pages listing it are fetched afresh, an untouched story stays cached", async ({ request, pageAs, page }) => {
  const story = CACHE_STORIES.headline;
  const corrected = "Cache Desk headline after the purge at the edge";
  const storyPath = articlePath(story.slug);
  const section = sectionPath(CACHE_SECTION.slug);
  await warmEdge(request, storyPath, "/", section, CONTROL_PATH);

  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.gotoTitled(story.title);
  await editor.fill({ title: corrected });
  await editor.minorChange.check();
  await editor.publishChangeNowButton.click();
  await editor.page.waitForURL(/\?notice=live$/);

  const article = new ArticleCommentsPage(page);
  const response = await article.goto(story.slug);
  expect(edgeState(response), "the story's copy was purged").toBe("MISS");
  await expect(article.headline).toHaveText(corrected);
  for (const listing of ["/", section]) {
    const answer = await get(request, listing);
    expect(edgeState(answer), `${listing}, which lists the story, was purged`).toBe("MISS");
    expect(await answer.text()).toContain(corrected);
  }
  expect(edgeState(await get(request, CONTROL_PATH)), "a story the edit does not touch").toBe("HIT");

  const health = (await (await get(request, "/api/health")).json()) as { edges: { status: string; pending: number; lastLagMs: number | null }[] };
  expect(health.edges).toHaveLength(1);
  expect(health.edges[0]).toMatchObject({ status: "ok", pending: 0 });
  expect(health.edges[0]?.lastLagMs).not.toBeNull();
});

test("a purge or ban from an address outside the edge's purge list is refused, and the edge forgets nothing", async ({ baseURL, request }) => {
  await warmEdge(request, CONTROL_PATH);
  const purge = await send(baseURL!, "/", { method: "PURGE", headers: { "xkey-purge": "site" }, localAddress: "127.0.0.2" });
  expect(purge.status).toBe(403);
  expect((await send(baseURL!, "/", { method: "BAN", localAddress: "127.0.0.2" })).status).toBe(403);
  expect(edgeState(await get(request, CONTROL_PATH))).toBe("HIT");
});

test("every cacheable route names its cache tags for the edge, as xkey and Surrogate-Key", async ({ request, playwright }) => {
  const storyPath = articlePath(CACHE_STORIES.approve.slug);
  // The story's share card, and an image the demo's front page shows (its lead story's).
  const shareCard = /<meta property="og:image" content="https?:\/\/[^/"]+([^"]+)"/.exec(await (await get(request, storyPath)).text())?.[1];
  const media = /\/media\/[^"'\s?]+\.(?:webp|jpg)/.exec(await (await get(request, "/")).text())?.[0];
  expect(shareCard, "the story names its share card").toBeDefined();
  expect(media, "the front page shows an image").toBeDefined();
  const routes = [
    "/",
    storyPath,
    shareCard!.replaceAll("&amp;", "&"),
    sectionPath(CACHE_SECTION.slug),
    `${sectionPath(CACHE_SECTION.slug)}?page=1`,
    authorPath(CACHE_AUTHOR.slug),
    "/corrections",
    "/feed.xml",
    `${sectionPath(CACHE_SECTION.slug)}/feed.xml`,
    "/sitemap.xml",
    "/news-sitemap.xml",
    "/robots.txt",
    media!,
  ];
  const app = await playwright.request.newContext({ baseURL: APP_BEHIND_EDGE });
  try {
    for (const route of routes) {
      const response = await get(app, route);
      expect(response.status(), route).toBe(200);
      const keys = response.headers()["xkey"];
      expect(keys, `${route} names its tags`).toMatch(/\S/);
      expect(response.headers()["surrogate-key"], route).toBe(keys);
      if (!route.startsWith("/media/")) expect(keys!.split(" "), `${route} carries the site tag`).toContain("site");
    }
  } finally {
    await app.dispose();
  }
});

test("with every app server down, the edge serves the pages it holds, stale ones marked, and a 503 page for the rest", async ({ request }) => {
  // A second edge of the test's own, reaching the server through a link the test can cut.
  // Its copies live one second, so that they are stale by the time the server is gone.
  const link = await startLink(E2E_EDGE_APP_PORT);
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-e2e-edge-"));
  const shortLived = `${fs.readFileSync(POLICY_FILE, "utf8")}\nsub vcl_backend_response {\n  if (beresp.ttl > 1s) {\n    set beresp.ttl = 1s;\n  }\n}\n`;
  const vcl = renderVcl({ backends: [{ host: "127.0.0.1", port: Number(new URL(link.url).port) }], purgers: ["127.0.0.1"], siteName: "Masthead", probeIntervalSeconds: 1 }, shortLived);
  const edge = await startVarnish({ vcl, dir, port, storageMb: 32 });
  try {
    const kept = articlePath(CACHE_STORIES.approve.slug);
    const title = CACHE_STORIES.approve.title;
    expect(edgeState(await get(request, `${edge.url}${kept}`))).toBe("MISS");
    await expect.poll(async () => edgeState(await get(request, `${edge.url}${kept}`))).toBe("HIT");
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    link.cut();
    await expect
      .poll(async () => (await get(request, `${edge.url}${kept}`)).headers()["x-edge-stale"], { message: "the health probe finds the server gone", timeout: 20_000 })
      .toBe("origin-down");
    const stale = await get(request, `${edge.url}${kept}`);
    expect(stale.status()).toBe(200);
    expect(await stale.text()).toContain(title);

    for (const p of ["/account", "/signin", CONTROL_PATH]) {
      const response = await get(request, `${edge.url}${p}`);
      expect(response.status(), `${p}: personal, or never cached here`).toBe(503);
      expect(response.headers()["retry-after"]).toBe("30");
      expect(await response.text()).toContain("Masthead is briefly unavailable");
    }
  } finally {
    link.restore();
    await edge.stop();
    await link.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a story published from the admin is on the front page through the edge at once", async ({ request, pageAs }) => {
  const story = CACHE_STORIES.draft;
  expect((await get(request, articlePath(story.slug))).status(), "a draft is not public").toBe(404);
  await warmEdge(request, "/", CONTROL_PATH);

  const editor = new AdminArticleEditorPage(await pageAs(staff.editor));
  await editor.gotoTitled(story.title);
  await editor.ready();
  await editor.publishNowButton.click();
  await editor.page.waitForURL(/\?notice=published$/);

  const front = await get(request, "/");
  expect(edgeState(front)).toBe("MISS");
  expect(await front.text()).toContain(story.title);
  const published = await get(request, articlePath(story.slug));
  expect(published.status(), "the 404 the edge may have kept is forgotten").toBe(200);
  expect((await edgeHit(request, articlePath(story.slug))).status()).toBe(200);
  expect(edgeState(await get(request, CONTROL_PATH))).toBe("HIT");
});
