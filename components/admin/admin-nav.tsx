import Link from "next/link";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";

const LINKS: { href: string; label: string; permission: Permission }[] = [
  { href: "/admin", label: "Dashboard", permission: "admin:access" },
  { href: "/admin/articles", label: "Articles", permission: "admin:access" },
  { href: "/admin/comments", label: "Comments", permission: "comment:moderate" },
  { href: "/admin/media", label: "Media", permission: "media:upload" },
  { href: "/admin/authors", label: "Authors", permission: "author:manage" },
  { href: "/admin/sections", label: "Sections", permission: "section:manage" },
  { href: "/admin/tags", label: "Tags", permission: "tag:manage" },
  { href: "/admin/users", label: "Users", permission: "user:manage-roles" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:view" },
  { href: "/admin/import", label: "Import", permission: "site:import" },
];

/** The admin's navigation: only the places this user may go. */
export function AdminNav({ actor }: { actor: Actor }) {
  return (
    <nav className="admin-nav" aria-label="Admin">
      <ul role="list">
        {LINKS.filter((l) => can(actor, l.permission)).map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
