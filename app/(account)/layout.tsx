import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { SessionHintSync } from "@/components/account/session-hint-sync";
import { AccountLinkView } from "@/components/layout/account-link";
import { SiteChrome } from "@/components/layout/site-chrome";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";
import { getCurrentUser } from "@/lib/auth/session";

// Pages about the person looking: never cached.
export const dynamic = "force-dynamic";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const [user, jar] = await Promise.all([getCurrentUser(), cookies()]);
  return (
    <SiteChrome account={<AccountLinkView name={user?.name ?? null} />}>
      {user && !jar.has(SESSION_HINT_COOKIE) && <SessionHintSync />}
      {children}
    </SiteChrome>
  );
}
