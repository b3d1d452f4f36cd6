import { renderRobotsTxt } from "@/lib/feeds/documents";
import { robotsResponse } from "@/lib/feeds/responses";

// Cached, and invalidated by tag like the pages (lib/cache/tags.ts); see app/(site)/layout.tsx.
export const revalidate = 60;

export function GET() {
  return robotsResponse(renderRobotsTxt());
}
