/** What the browser observed during a Lighthouse run, in milliseconds after navigation. */
export interface Observed {
  firstPaint?: number;
  domContentLoaded?: number;
  load?: number;
}

/**
 * Whether Chromium, not the page, held the first paint: the page had fully loaded (every
 * stylesheet, image and script in, the load event fired) before the browser painted anything.
 * Nothing left on the page could block rendering by then, and Masthead's pages show their header
 * and text from the first frame, so the wait was the browser's own. On a busy machine Chromium's
 * compositor service stops sending frames to a renderer it judges unresponsive and then offers
 * it one a second (viz's `ThrottleUnresponsiveClient`, Lighthouse issue #17148): the first paint
 * lands a whole second or two late, and Lighthouse's simulation turns that into a far later LCP
 * and a lower score for a page that was ready to paint in 0.2 s.
 *
 * A page that is slow to paint for a reason of its own (a render-blocking stylesheet or script,
 * content hidden until a script runs) paints before its load event, or has no load event before
 * its paint: such a run still counts.
 */
export function paintHeldByBrowser({ firstPaint, load }: Observed): boolean {
  return firstPaint !== undefined && load !== undefined && firstPaint > load;
}
