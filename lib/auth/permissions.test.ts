import { describe, expect, it } from "vitest";
import {
  PERMISSIONS,
  ROLES,
  can,
  canAutosaveArticle,
  canChangeRole,
  canDeleteComment,
  canEditArticle,
  canEditComment,
  canMoveArticle,
  canReportComment,
  type Actor,
  type ArticleStatus,
  type Permission,
  type Role,
} from "@/lib/auth/permissions";

/** The whole matrix, written out by hand: R = READER, C = CONTRIBUTOR, E = EDITOR, A = ADMIN. */
const EXPECTED: Record<Permission, string> = {
  "comment:create": "RCEA",
  "comment:edit-own": "RCEA",
  "comment:delete-own": "RCEA",
  "comment:report": "RCEA",
  "account:edit-own": "RCEA",
  "account:delete-own": "RCEA",
  "admin:access": "CEA",
  "article:create": "CEA",
  "article:edit-own-draft": "CEA",
  "article:submit": "CEA",
  "media:upload": "CEA",
  "article:edit-any": "EA",
  "article:publish": "EA",
  "article:schedule": "EA",
  "article:unpublish": "EA",
  "article:correct": "EA",
  "article:approve-revision": "EA",
  "author:manage": "EA",
  "section:manage": "EA",
  "tag:manage": "EA",
  "media:manage": "EA",
  "comment:moderate": "EA",
  "comment:post-unmoderated": "EA",
  "user:ban": "EA",
  "audit:view": "EA",
  "user:manage-roles": "A",
  "settings:manage": "A",
  "site:import": "A",
};

const actor = (role: Role, id = `${role}-1`, banned = false): Actor => ({ id, role, banned });

describe("role × permission matrix", () => {
  it("covers every permission", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  for (const permission of Object.keys(EXPECTED) as Permission[]) {
    for (const role of ROLES) {
      const allowed = EXPECTED[permission].includes(role[0]!);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(actor(role), permission)).toBe(allowed);
      });
    }
    it(`a signed-out visitor may not ${permission}`, () => {
      expect(can(null, permission)).toBe(false);
    });
  }
});

describe("banned users", () => {
  it("may not comment, report or edit, but may delete their own comments and manage their account", () => {
    const banned = actor("READER", "b", true);
    expect(can(banned, "comment:create")).toBe(false);
    expect(can(banned, "comment:edit-own")).toBe(false);
    expect(can(banned, "comment:report")).toBe(false);
    expect(can(banned, "comment:delete-own")).toBe(true);
    expect(can(banned, "account:delete-own")).toBe(true);
  });
});

describe("comment rules", () => {
  const created = new Date("2026-01-01T12:00:00Z");
  const own = { userId: "u", createdAt: created, deleted: false };
  const at = (minutes: number) => new Date(created.getTime() + minutes * 60_000);

  it("the author edits for 15 minutes, nobody else ever", () => {
    expect(canEditComment(actor("READER", "u"), own, at(15))).toBe(true);
    expect(canEditComment(actor("READER", "u"), own, at(15.01))).toBe(false);
    expect(canEditComment(actor("READER", "other"), own, at(1))).toBe(false);
    expect(canEditComment(actor("ADMIN", "admin"), own, at(1))).toBe(false);
    expect(canEditComment(null, own, at(1))).toBe(false);
    expect(canEditComment(actor("READER", "u"), { ...own, deleted: true }, at(1))).toBe(false);
  });

  it("the author or a moderator deletes; another reader does not", () => {
    expect(canDeleteComment(actor("READER", "u"), own)).toBe(true);
    expect(canDeleteComment(actor("READER", "other"), own)).toBe(false);
    expect(canDeleteComment(actor("CONTRIBUTOR", "other"), own)).toBe(false);
    expect(canDeleteComment(actor("EDITOR", "other"), own)).toBe(true);
    expect(canDeleteComment(null, own)).toBe(false);
  });

  it("others report; the author does not report themselves", () => {
    expect(canReportComment(actor("READER", "other"), own)).toBe(true);
    expect(canReportComment(actor("READER", "u"), own)).toBe(false);
    expect(canReportComment(null, own)).toBe(false);
  });
});

describe("article rules", () => {
  const statuses: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"];

  it("a contributor edits only their own draft", () => {
    const c = actor("CONTRIBUTOR", "c");
    expect(canEditArticle(c, { status: "DRAFT", createdById: "c" })).toBe(true);
    expect(canEditArticle(c, { status: "DRAFT", createdById: "someone" })).toBe(false);
    for (const status of statuses.filter((s) => s !== "DRAFT")) {
      expect(canEditArticle(c, { status, createdById: "c" })).toBe(false);
    }
    expect(canEditArticle(actor("READER", "c"), { status: "DRAFT", createdById: "c" })).toBe(false);
  });

  it("editors edit everything", () => {
    for (const status of statuses) expect(canEditArticle(actor("EDITOR"), { status, createdById: "x" })).toBe(true);
  });

  it("a contributor autosaves a new article and their own draft, nothing else; a reader nothing", () => {
    const c = actor("CONTRIBUTOR", "c");
    expect(canAutosaveArticle(c, null)).toBe(true);
    expect(canAutosaveArticle(c, { status: "DRAFT", createdById: "c" })).toBe(true);
    expect(canAutosaveArticle(c, { status: "DRAFT", createdById: "someone" })).toBe(false);
    for (const status of statuses.filter((s) => s !== "DRAFT")) expect(canAutosaveArticle(c, { status, createdById: "c" })).toBe(false);
    expect(canAutosaveArticle(actor("READER", "r"), null)).toBe(false);
    expect(canAutosaveArticle(null, null)).toBe(false);
    for (const status of statuses) expect(canAutosaveArticle(actor("EDITOR"), { status, createdById: "x" })).toBe(true);
  });

  it("a contributor may only submit their own draft for review", () => {
    const c = actor("CONTRIBUTOR", "c");
    const mine = { status: "DRAFT" as const, createdById: "c" };
    expect(canMoveArticle(c, mine, "IN_REVIEW")).toBe(true);
    expect(canMoveArticle(c, { ...mine, createdById: "x" }, "IN_REVIEW")).toBe(false);
    for (const to of ["SCHEDULED", "PUBLISHED"] as const) expect(canMoveArticle(c, mine, to)).toBe(false);
  });

  it("an editor publishes, schedules and unpublishes, only along the workflow", () => {
    const e = actor("EDITOR");
    const draft = { status: "DRAFT" as const, createdById: "x" };
    expect(canMoveArticle(e, draft, "PUBLISHED")).toBe(true);
    expect(canMoveArticle(e, draft, "SCHEDULED")).toBe(true);
    expect(canMoveArticle(e, { ...draft, status: "PUBLISHED" }, "ARCHIVED")).toBe(true);
    expect(canMoveArticle(e, draft, "ARCHIVED")).toBe(false);
    expect(canMoveArticle(e, { ...draft, status: "PUBLISHED" }, "DRAFT")).toBe(false);
  });
});

describe("roles", () => {
  it("only admins change roles, and never their own", () => {
    expect(canChangeRole(actor("ADMIN", "a"), "b")).toBe(true);
    expect(canChangeRole(actor("ADMIN", "a"), "a")).toBe(false);
    expect(canChangeRole(actor("EDITOR", "e"), "b")).toBe(false);
    expect(canChangeRole(null, "b")).toBe(false);
  });
});
