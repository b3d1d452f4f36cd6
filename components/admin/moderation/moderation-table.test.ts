import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ModerationTable } from "@/components/admin/moderation/moderation-table";
import type { ModerationCommentDTO } from "@/lib/moderation/dto";

const comment: ModerationCommentDTO = {
  id: "c1",
  body: '<img src=x onerror="alert(1)"> see https://example.com',
  status: "APPROVED",
  createdAt: new Date("2026-11-01T12:00:00Z"),
  isReply: true,
  author: { id: "u1", name: "<b>Mallory</b>", email: "mallory@test.example", banned: false },
  article: { id: "a1", title: "Chips & policy", slug: "chips-policy" },
  reports: { count: 2, reasons: ["<script>alert(2)</script>"] },
};

const render = (props: Partial<Parameters<typeof ModerationTable>[0]> = {}) =>
  renderToStaticMarkup(createElement(ModerationTable, { items: [comment], caption: "Reported", canDismiss: true, canBan: true, ...props }));

describe("ModerationTable", () => {
  it("renders what commenters and reporters typed as text, never as markup", () => {
    const html = render();
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>Mallory");
    expect(html).toContain("&lt;img src=x");
    expect(html).toContain('rel="nofollow ugc noopener"');
  });

  it("links the article at the comment and gives each row its own decisions", () => {
    const html = render();
    expect(html).toContain('href="/articles/chips-policy#comment-c1"');
    expect(html).toContain('name="ids" value="c1"');
    for (const decision of ["approve", "reject", "spam", "dismiss", "ban"]) expect(html).toContain(`value="${decision}:c1"`);
    expect(html).toContain("Reported 2 times");
  });

  it("offers no ban for a deleted account or without the right, and no dismissal in the pending queue", () => {
    expect(render({ items: [{ ...comment, author: null }] })).not.toContain("ban:c1");
    expect(render({ canBan: false })).not.toContain("ban:c1");
    expect(render({ canDismiss: false })).not.toContain("dismiss:c1");
  });
});
