import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { permanentRedirect } from "next/navigation";
import { ReaderChrome } from "@/components/layout/reader-chrome";
import { NotFoundMessage, notFoundMetadata } from "@/components/layout/missing-page";
import { env } from "@/lib/env";
import { getLegacyTarget } from "@/lib/redirects/queries";
import { REQUESTED_PATH_HEADER } from "@/lib/request/requested-path";
import { siteName } from "@/lib/site/metadata";
import { viewport as rootViewport } from "./layout";
import "./globals.css";
import "./forms.css";

export const metadata: Metadata = { ...notFoundMetadata, title: `${notFoundMetadata.title as string} — ${siteName()}` };
export const viewport: Viewport = rootViewport;

/**
 * Any address no route claims (next.config.js `globalNotFound`). An address of the site the
 * newsroom moved from (an import recorded it) answers a permanent redirect to what it became;
 * anything else gets the whole site page — header, message, footer — drawn on the server with a
 * 404, so a reader without JavaScript sees it too. Drawn per request, outside the root layout,
 * hence the document and the styles here.
 */
export default async function GlobalNotFound() {
  const path = (await headers()).get(REQUESTED_PATH_HEADER);
  const target = path ? await getLegacyTarget(path) : null;
  if (target) permanentRedirect(target);
  return (
    <html lang={env.SITE_LANGUAGE}>
      <body>
        <ReaderChrome>
          <NotFoundMessage />
        </ReaderChrome>
      </body>
    </html>
  );
}
