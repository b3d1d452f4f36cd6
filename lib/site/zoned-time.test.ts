import { describe, expect, it } from "vitest";
import { dateToZonedLocal, zonedLocalToDate } from "@/lib/site/zoned-time";

describe("zoned time", () => {
  it("reads wall-clock times in the newsroom's zone, across daylight saving", () => {
    expect(zonedLocalToDate("2026-11-29T18:30", "UTC")?.toISOString()).toBe("2026-11-29T18:30:00.000Z");
    expect(zonedLocalToDate("2026-11-29T18:30", "Europe/Vilnius")?.toISOString()).toBe("2026-11-29T16:30:00.000Z");
    expect(zonedLocalToDate("2026-07-01T09:00", "Europe/Vilnius")?.toISOString()).toBe("2026-07-01T06:00:00.000Z");
    expect(zonedLocalToDate("2026-07-01T09:00", "America/New_York")?.toISOString()).toBe("2026-07-01T13:00:00.000Z");
  });

  it("round-trips", () => {
    const instant = new Date("2026-03-29T10:15:00Z");
    for (const tz of ["UTC", "Europe/Vilnius", "Asia/Kolkata", "America/Los_Angeles"]) {
      expect(zonedLocalToDate(dateToZonedLocal(instant, tz), tz)?.toISOString()).toBe(instant.toISOString());
    }
  });

  it("refuses malformed input", () => {
    for (const bad of ["", "tomorrow", "2026-13-01T10:00", "2026-11-29 18:30", "2026-11-29T25:00"]) expect(zonedLocalToDate(bad, "UTC")).toBeNull();
  });
});
