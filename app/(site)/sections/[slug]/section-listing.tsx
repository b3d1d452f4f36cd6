/** A section's stories, page by page (the routes: components/article/listing-routes.tsx). */
import { ListingPage } from "@/components/article/listing-page";
import { listingRoutes } from "@/components/article/listing-routes";
import { listSectionArticles } from "@/lib/articles/queries";
import { feedLink, sectionFeedChannel, siteFeedChannel } from "@/lib/feeds/channels";
import { getSection } from "@/lib/sections/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { pagePath, sectionPath } from "@/lib/site/urls";

export const sectionListing = listingRoutes({
  kind: "SECTION",
  load: getSection,
  pathOf: sectionPath,
  list: listSectionArticles,
  metadata: (section, page) =>
    pageMetadata({
      title: section.name,
      description: section.description || `The latest ${section.name} stories.`,
      path: pagePath(sectionPath(section.slug), page),
      page,
      feeds: [feedLink(sectionFeedChannel(section)), feedLink(siteFeedChannel())],
    }),
  render: (section, articles) => (
    <ListingPage kicker="Section" title={section.name} description={section.description} basePath={sectionPath(section.slug)} articles={articles} />
  ),
});
