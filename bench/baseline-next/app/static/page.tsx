import { Article } from "../article";

// Rendered once at build: the framework's ceiling for a cached page.
export const dynamic = "force-static";

export default function StaticArticlePage() {
  return <Article />;
}
