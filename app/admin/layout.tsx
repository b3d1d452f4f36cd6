import Link from "next/link";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutForm } from "@/components/account/sign-out-form";
import { requireActor } from "@/lib/auth/session";
import { siteName } from "@/lib/site/metadata";
import "./admin.css";

export const dynamic = "force-dynamic";
export const metadata = { title: { default: "Admin", template: "%s — Admin" }, robots: { index: false } };

/** Gates the UI: signed-out visitors go to /signin, readers get a 403. Data is gated again below. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor("admin:access", "/admin");
  return (
    <div className="admin">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="admin-header">
        <p className="admin-header__brand">
          <Link href="/">{siteName()}</Link> <span>admin</span>
        </p>
        <p className="admin-header__user">
          {actor.name} · {actor.role.toLowerCase()}
        </p>
        <SignOutForm />
      </header>
      <div className="admin-body">
        <AdminNav actor={actor} />
        <main id="main" className="admin-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
