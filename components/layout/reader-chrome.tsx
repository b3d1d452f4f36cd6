import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { SessionHintSync } from "@/components/account/session-hint-sync";
import { AccountLinkView } from "@/components/layout/account-link";
import { SiteChrome } from "@/components/layout/site-chrome";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * The site's chrome around a page drawn per request for the person looking: the header names the
 * signed-in reader from the server, so it is right without JavaScript, and a browser that lost
 * the session hint gets it back.
 */
export async function ReaderChrome({ children }: { children: ReactNode }) {
  const [user, jar] = await Promise.all([getCurrentUser(), cookies()]);
  return (
    <SiteChrome account={<AccountLinkView name={user?.name ?? null} />}>
      {user && !jar.has(SESSION_HINT_COOKIE) && <SessionHintSync />}
      {children}
    </SiteChrome>
  );
}
