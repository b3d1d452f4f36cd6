import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { UserTable } from "@/components/admin/users/user-table";
import type { Actor } from "@/lib/auth/permissions";
import type { AdminUserDTO } from "@/lib/users/admin-queries";

const joined = new Date("2026-01-01T00:00:00Z");
const user = (id: string, role: AdminUserDTO["role"], extra: Partial<AdminUserDTO> = {}): AdminUserDTO => ({
  id,
  name: `Name ${id}`,
  email: `${id}@test.example`,
  role,
  bannedAt: null,
  banReason: null,
  createdAt: joined,
  ...extra,
});

const admin: Actor = { id: "me", role: "ADMIN", banned: false };
const rowOf = (html: string, id: string) => html.split("<tr>").find((row) => row.includes(`${id}@test.example`)) ?? "";

describe("UserTable", () => {
  const html = renderToStaticMarkup(
    createElement(UserTable, {
      actor: admin,
      users: [user("me", "ADMIN"), user("ed", "EDITOR"), user("rd", "READER"), user("bn", "READER", { bannedAt: joined, banReason: "Spam links" })],
    }),
  );

  it("lets an admin change everyone's role but their own", () => {
    expect(rowOf(html, "me")).not.toContain("<select");
    expect(rowOf(html, "me")).toContain("(you)");
    expect(rowOf(html, "rd")).toContain('name="role"');
    expect(rowOf(html, "ed")).toContain('name="role"');
  });

  it("offers a ban only for commenters, and shows a ban's reason with a way to lift it", () => {
    expect(rowOf(html, "ed")).toContain("staff");
    expect(rowOf(html, "ed")).not.toContain('name="reason"');
    expect(rowOf(html, "rd")).toContain('name="reason"');
    expect(rowOf(html, "bn")).toContain("Spam links");
    expect(rowOf(html, "bn")).toContain("Lift ban");
  });
});
