/** A tag's stories, page by page (the routes: components/article/listing-routes.tsx). */
import { ListingPage } from "@/components/article/listing-page";
import { listingRoutes } from "@/components/article/listing-routes";
import { listTagArticles } from "@/lib/articles/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { pagePath, tagPath } from "@/lib/site/urls";
import { getTag } from "@/lib/tags/queries";

export const tagListing = listingRoutes({
  kind: "TAG",
  load: getTag,
  pathOf: tagPath,
  list: listTagArticles,
  metadata: (tag, page) =>
    pageMetadata({
      title: tag.name,
      description: tag.description || `Stories tagged “${tag.name}”.`,
      path: pagePath(tagPath(tag.slug), page),
      page,
    }),
  render: (tag, articles) => <ListingPage kicker="Tag" title={tag.name} description={tag.description} basePath={tagPath(tag.slug)} articles={articles} />,
});
