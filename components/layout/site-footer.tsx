import { Link } from "@/components/ui/link";
import type { SectionDTO } from "@/lib/sections/queries";
import { sectionPath } from "@/lib/site/urls";

export function SiteFooter({ siteName, sections }: { siteName: string; sections: SectionDTO[] }) {
  return (
    <footer className="site-footer">
      <div className="container">
        <nav aria-label="Footer">
          <ul role="list">
            <li>
              <Link href="/">Front page</Link>
            </li>
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={sectionPath(s.slug)}>{s.name}</Link>
              </li>
            ))}
            <li>
              <Link href="/corrections">Corrections</Link>
            </li>
          </ul>
        </nav>
        <p>
          © {new Date().getFullYear()} {siteName}. Independent technology journalism.
        </p>
      </div>
    </footer>
  );
}
