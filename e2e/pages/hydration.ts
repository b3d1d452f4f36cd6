import type { Locator, Page, Route } from "@playwright/test";

/**
 * Resolves once React has hydrated `target` (a form or one of its fields), or at once when the
 * page runs no script. A submission before hydration is a full-page POST rather than the
 * enhanced one the test means to exercise.
 */
export async function untilHydrated(target: Locator): Promise<void> {
  await target.waitFor();
  const page = target.page();
  // Next.js's inline bootstrap scripts define __next_f; without JavaScript they never run. A
  // streamed page shows its fields before those scripts arrive, so ask only once it is parsed.
  await page.waitForLoadState("domcontentloaded");
  if (!(await page.evaluate(() => "__next_f" in self))) return;
  const element = await target.elementHandle();
  await page.waitForFunction((el) => el !== null && Object.keys(el).some((key) => key.startsWith("__reactFiber$")), element);
  await element?.dispose();
}

/**
 * Holds back every script chunk the page asks for from now on, so a test can act on the
 * server-rendered page before React hydrates it (a reader typing while the scripts load).
 * Resolves to the function that lets them through.
 */
export async function holdScripts(page: Page): Promise<() => Promise<void>> {
  const pattern = "**/_next/static/chunks/**";
  const held: Route[] = [];
  let holding = true;
  await page.route(pattern, async (route) => {
    if (holding) held.push(route);
    else await route.continue();
  });
  return async () => {
    holding = false;
    for (const route of held.splice(0)) await route.continue();
  };
}
