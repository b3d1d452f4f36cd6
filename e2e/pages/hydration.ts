import type { Locator } from "@playwright/test";

/**
 * Resolves once React has hydrated `target` (a form or one of its fields), or at once when the
 * page runs no script. Typing into a server-rendered field before hydration can be undone by
 * React (a textarea is reset to its server text), and a submission before it is a full-page
 * POST rather than the enhanced one the test means to exercise.
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
