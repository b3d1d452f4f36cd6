import Link from "next/link";
import type { SectionDTO } from "@/lib/sections/queries";
import { sectionPath } from "@/lib/site/urls";

export function SiteHeader({ siteName, sections }: { siteName: string; sections: SectionDTO[] }) {
  return (
    <header className="site-header">
      <div className="container">
        <div className="site-header__top">
          <Link href="/" className="site-header__brand">
            {siteName}
          </Link>
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
