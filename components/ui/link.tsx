import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * A link between public pages: Next.js's client-side navigation, without prefetching. Next.js
 * prefetches every link that scrolls into view; our public pages are rendered per request, so on
 * a front page that is some thirty server renders and as many chunks of main-thread work on the
 * reader's phone, for pages they will mostly never open. Navigation starts on click instead.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
