import { Link } from "@/components/ui/link";
import { ArticleCard } from "@/components/article/article-card";
import { ArticleList } from "@/components/article/article-list";
import { listLatestArticles, listSectionsLatest } from "@/lib/articles/queries";
import { feedLink, siteFeedChannel } from "@/lib/feeds/channels";
import { listSections } from "@/lib/sections/queries";
import { pageMetadata, siteName } from "@/lib/site/metadata";
import { SECTION_BLOCK_SIZE, sectionBlocks } from "@/lib/site/front-page";
import { sectionPath } from "@/lib/site/urls";

export function generateMetadata() {
  return pageMetadata({
    title: `${siteName()} — technology news`,
    description: "The latest technology news: AI models, policy, hardware, software and security, reported and explained.",
    path: "/",
    absoluteTitle: true,
    feeds: [feedLink(siteFeedChannel())],
  });
}

export default async function FrontPage() {
  const [latest, sections] = await Promise.all([listLatestArticles(9), listSections()]);
  const latestBySection = await listSectionsLatest(sections.map((s) => s.id), SECTION_BLOCK_SIZE + 1);
  const [lead, ...rest] = latest;
  const blocks = sectionBlocks(sections, latestBySection, lead?.id ?? null);
  return (
    <>
      <h1 className="visually-hidden">{siteName()}: the latest technology news</h1>
      {lead ? (
        <div className="front__top">
          <ArticleCard article={lead} variant="lead" headingLevel={2} />
          <section className="front__latest" aria-labelledby="latest-heading">
            <h2 id="latest-heading">Latest</h2>
            <ol role="list">
              {rest.map((a) => (
                <li key={a.id}>
                  <ArticleCard article={a} variant="compact" />
                </li>
              ))}
            </ol>
          </section>
        </div>
      ) : (
        <p className="empty">Nothing has been published yet.</p>
      )}
      {blocks.map(({ section, articles }) => (
        <section key={section.id} className="section-block" aria-labelledby={`section-${section.slug}`}>
          <h2 id={`section-${section.slug}`}>
            <Link href={sectionPath(section.slug)}>{section.name}</Link>
          </h2>
          <ArticleList articles={articles} />
        </section>
      ))}
    </>
  );
}
