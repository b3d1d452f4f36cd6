import type { ReactNode } from "react";
import { SiteChrome } from "@/components/layout/site-chrome";

// Pages about the person looking: never cached.
export const dynamic = "force-dynamic";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
