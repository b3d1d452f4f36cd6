import type { ReactNode } from "react";
import { AccountLinkView } from "@/components/layout/account-link";
import { SiteChrome } from "@/components/layout/site-chrome";
import { getCurrentUser } from "@/lib/auth/session";

// Pages about the person looking: never cached.
export const dynamic = "force-dynamic";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return <SiteChrome account={<AccountLinkView name={user?.name ?? null} />}>{children}</SiteChrome>;
}
