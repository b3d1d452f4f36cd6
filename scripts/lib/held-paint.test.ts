import { describe, expect, it } from "vitest";
import { paintHeldByBrowser } from "./held-paint";

describe("paintHeldByBrowser", () => {
  it("is a run whose first paint came after the page had loaded", () => {
    // Measured: DOMContentLoaded 0.25 s, load 0.33 s, first paint at the throttled frame 1.28 s.
    expect(paintHeldByBrowser({ domContentLoaded: 246, load: 326, firstPaint: 1275 })).toBe(true);
  });

  it("is not a run that painted before its load event, however late", () => {
    expect(paintHeldByBrowser({ domContentLoaded: 110, load: 420, firstPaint: 180 })).toBe(false);
    // A render-blocking stylesheet that takes 3 s delays both the paint and the load event.
    expect(paintHeldByBrowser({ domContentLoaded: 3050, load: 3400, firstPaint: 3100 })).toBe(false);
  });

  it("is not a run whose load or first paint was not recorded", () => {
    expect(paintHeldByBrowser({ firstPaint: 1275 })).toBe(false);
    expect(paintHeldByBrowser({ load: 326 })).toBe(false);
  });
});
