import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";

// Rendered per request from the database for now; tag-based caching replaces this.
export const dynamic = "force-dynamic";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
