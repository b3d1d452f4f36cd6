import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";

// Public pages are cached and served from the cache until a change invalidates one of their tags
// (lib/cache/invalidate.ts). This is the longest a page is kept without one: the CDN's s-maxage,
// and the ceiling for anything the tags do not name (e.g. a newly related story).
export const revalidate = 60;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
