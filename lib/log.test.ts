import { describe, expect, it } from "vitest";
import { formatLine } from "@/lib/log";
import { runWithRequestId } from "@/lib/request/context";
import { requestIdFrom } from "@/lib/request/request-id";

const at = new Date("2026-11-29T12:00:00Z");

describe("log lines", () => {
  it("carry the id of the request they were written for, across awaits", async () => {
    const line = await runWithRequestId("req-42", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return formatLine("info", "comment.posted", { commentId: "c1" }, at);
    });
    expect(JSON.parse(line)).toEqual({ time: at.toISOString(), level: "info", event: "comment.posted", requestId: "req-42", commentId: "c1" });
  });

  it("carry no request id outside a request (start-up, the scheduler, the command line)", () => {
    expect(JSON.parse(formatLine("warn", "scheduler.failed", {}, at))).not.toHaveProperty("requestId");
  });
});

describe("request ids from headers", () => {
  it("keep a safe incoming id and replace anything else with a fresh UUID", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "abc-123_DEF.9" }))).toBe("abc-123_DEF.9");
    for (const unsafe of ["", "a".repeat(65), "bad id", '"}{"level":"error']) {
      expect(requestIdFrom(new Headers({ "x-request-id": unsafe }))).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestIdFrom(new Headers())).toMatch(/^[0-9a-f-]{36}$/);
  });
});
