/**
 * Security headers where they come from two places: a cached public page is served without
 * proxy.ts, with the headers the cache handler stored with it (the site policy, a policy listing
 * its inline scripts by hash); a page rendered per request gets them from proxy.ts, with a nonce.
 * Either way the page runs in Chromium without a single policy violation.
 */
import type { APIResponse, Page } from "@playwright/test";
import { test, expect } from "../fixtures/auth";
import { articlePath, publishedArticles } from "../support/demo-content";
import { untilHydrated } from "../pages/hydration";

const STORY = articlePath(publishedArticles[0]!.slug);

/** Every Content-Security-Policy header of a response, in order. */
function policies(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "content-security-policy")
    .map((h) => h.value);
}

/** Collects the page's Content-Security-Policy violations from the moment it starts loading. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

test("a cached story carries the site policy and its own scripts' hashes, and runs without a violation", async ({ page, request }) => {
  await expect(async () => {
    await request.get(STORY);
    const cached = await request.get(STORY);
    expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
    const [site, scripts] = policies(cached);
    expect(site).toContain("default-src 'self'");
    expect(site).toContain("frame-ancestors 'none'");
    expect(scripts).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    expect(cached.headers()["x-content-type-options"]).toBe("nosniff");
  }).toPass({ timeout: 15_000 });

  const violations = await watchViolations(page);
  await page.goto(STORY);
  await untilHydrated(page.getByRole("searchbox").first());
  expect(violations).toEqual([]);
});

test("a page rendered per request gets one policy with a fresh nonce from the proxy", async ({ page, request }) => {
  const [first, second] = [await request.get("/search?q=model"), await request.get("/search?q=model")];
  const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(policies(response).join(" "))?.[1];
  expect(policies(first)).toHaveLength(1);
  expect(nonceOf(first)).toBeTruthy();
  expect(nonceOf(second)).not.toBe(nonceOf(first));
  expect(first.headers()["x-request-id"]).toBeTruthy();

  const violations = await watchViolations(page);
  await page.goto("/search?q=model");
  await untilHydrated(page.getByRole("searchbox").first());
  expect(violations).toEqual([]);
});

test("the 404 page of an unknown address gets the nonce policy too, and no policy lets inline styles in", async ({ page, request }) => {
  const missing = await request.get("/no-such-page-anywhere");
  expect(missing.status()).toBe(404);
  const [policy, ...more] = policies(missing);
  expect(more).toEqual([]);
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).toContain("style-src 'self';");

  const violations = await watchViolations(page);
  await page.goto("/no-such-page-anywhere");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await untilHydrated(page.getByRole("link", { name: "Go to the front page" }));
  expect(violations).toEqual([]);
});
