import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { SearchForm } from "@/components/search/search-form";
import type { SectionDTO } from "@/lib/sections/queries";
import { sectionPath } from "@/lib/site/urls";

/** `account` is the signed-in part ("Sign in" or the reader's name), drawn at the top right. */
export function SiteHeader({ siteName, sections, account }: { siteName: string; sections: SectionDTO[]; account: ReactNode }) {
  return (
    <header className="site-header">
      <div className="container">
        <div className="site-header__top">
          <Link href="/" className="site-header__brand">
            {siteName}
          </Link>
          <SearchForm variant="header" />
          {account}
        </div>
        <nav className="site-nav" aria-label="Sections">
          <ul role="list">
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={sectionPath(s.slug)}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
