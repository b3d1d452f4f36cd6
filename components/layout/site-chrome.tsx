import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { AccountLink } from "@/components/layout/account-link";
import { listSections } from "@/lib/sections/queries";
import { siteName } from "@/lib/site/metadata";

/**
 * Skip link, header, main landmark and footer around every public and account page. `account`
 * is the header's sign-in link; by default the browser fills it in, so the page can be cached.
 */
export async function SiteChrome({ children, account = <AccountLink /> }: { children: ReactNode; account?: ReactNode }) {
  const sections = await listSections();
  // The page is at least as tall as the window, so a short page's footer sits at the bottom.
  return (
    <div className="site">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader siteName={siteName()} sections={sections} account={account} />
      <main id="main" className="container site__main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter siteName={siteName()} sections={sections} />
    </div>
  );
}
