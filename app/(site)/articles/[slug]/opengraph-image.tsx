/**
 * The story's share card, 1200×630: section, headline and site name, drawn on request with the
 * font `next/og` bundles (no network). Next.js adds it as og:image and twitter:image of the
 * story page, whose metadata leaves `images` out for that reason (lib/site/metadata.ts).
 * Unknown, malformed and unpublished slugs are a 404.
 */
import { ImageResponse } from "next/og";
import { env } from "@/lib/env";
import { clampHeadline } from "@/lib/site/json-ld";
import { siteName } from "@/lib/site/metadata";
import { drawableText, headlineFontSize } from "@/lib/site/share-card";
import { loadShareCardStory } from "@/lib/site/share-card-story";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = `${siteName()} share card: the story's section and headline`;

// Rendered per request like the story itself, so an edited headline shows at once.
export const dynamic = "force-dynamic";

const INK = "#12263a";
const GOLD = "#f5c542";
const PAPER = "#ffffff";
const MUTED = "#c9d3de";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { story: article, edgeHeaders } = await loadShareCardStory(slug);
  if (!article) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...edgeHeaders } });

  const headline = clampHeadline(drawableText(article.title), 150);
  const section = article.section ? drawableText(article.section.name) : "";
  const site = drawableText(siteName());
  const host = new URL(env.SITE_URL).host;

  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: INK, color: PAPER, padding: "64px 72px" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <svg width="56" height="56" viewBox="0 0 64 64">
            <rect width="64" height="64" rx="12" fill={GOLD} />
            <path d="M14 46V18h6l12 16 12-16h6v28h-7V29l-11 14-11-14v17z" fill={INK} />
          </svg>
          <div style={{ fontSize: 40, letterSpacing: -0.5 }}>{site}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "center" }}>
          {section && <div style={{ fontSize: 28, color: GOLD, textTransform: "uppercase", letterSpacing: 3, marginBottom: 20 }}>{section}</div>}
          <div style={{ fontSize: headlineFontSize(headline), lineHeight: 1.15, letterSpacing: -0.5 }}>{headline}</div>
        </div>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", borderTop: `4px solid ${GOLD}`, paddingTop: 20 }}>
          <div style={{ fontSize: 26, color: MUTED }}>{host}</div>
        </div>
      </div>
    ),
    {
      ...size,
      // next/og's default is a year, immutable: too long for a headline an editor may change.
      headers: { "Cache-Control": "public, max-age=300, s-maxage=300, stale-while-revalidate=600", ...edgeHeaders },
    },
  );
}
