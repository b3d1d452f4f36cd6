import { renderRobotsTxt } from "@/lib/feeds/documents";
import { robotsResponse } from "@/lib/feeds/responses";

// Built per request so the sitemap URLs follow SITE_URL at run time, not at build time.
export const dynamic = "force-dynamic";

export function GET() {
  return robotsResponse(renderRobotsTxt());
}
