import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { listSections } from "@/lib/sections/queries";
import { siteName } from "@/lib/site/metadata";

// Rendered per request from the database for now; tag-based caching replaces this.
export const dynamic = "force-dynamic";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const sections = await listSections();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader siteName={siteName()} sections={sections} />
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter siteName={siteName()} sections={sections} />
    </>
  );
}
