import { describe, expect, it } from "vitest";
import { auditTargetHref, formatAuditDetail, parseAuditParams } from "@/components/admin/audit/audit-format";

describe("auditTargetHref", () => {
  it("links articles to their editor and leaves other targets unlinked", () => {
    expect(auditTargetHref("article", "abc123")).toBe("/admin/articles/abc123");
    expect(auditTargetHref("comment", "abc123")).toBeNull();
    expect(auditTargetHref("toString", "x")).toBeNull();
  });
});

describe("formatAuditDetail", () => {
  it("indents JSON, shows nothing for an empty detail, and keeps non-JSON as text", () => {
    expect(formatAuditDetail('{"from":"READER","to":"EDITOR"}')).toBe('{\n  "from": "READER",\n  "to": "EDITOR"\n}');
    expect(formatAuditDetail("{}")).toBe("");
    expect(formatAuditDetail("null")).toBe("");
    expect(formatAuditDetail("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
  });
});

describe("parseAuditParams", () => {
  it("keeps short dotted filters and drops anything else", () => {
    expect(parseAuditParams({ action: "Comment.", target: "article", page: "3" })).toEqual({ action: "comment.", targetType: "article", page: 3 });
    expect(parseAuditParams({ action: "x%' OR 1", target: ["user", "article"] })).toEqual({ action: "", targetType: "user", page: 1 });
    expect(parseAuditParams({})).toEqual({ action: "", targetType: "", page: 1 });
  });
});
