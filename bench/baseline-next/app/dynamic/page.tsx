import { Article } from "../article";

// Rendered on every request: the framework's ceiling for a rendered page.
export const dynamic = "force-dynamic";

export default function DynamicArticlePage() {
  return <Article />;
}
