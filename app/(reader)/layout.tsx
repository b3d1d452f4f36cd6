import type { ReactNode } from "react";
import { ReaderChrome } from "@/components/layout/reader-chrome";

// Public pages drawn per request (a story's discussion, search): the header knows who is signed
// in without JavaScript. The cached public pages are in (site), whose header the browser fills in.
export const dynamic = "force-dynamic";

export default function ReaderLayout({ children }: { children: ReactNode }) {
  return <ReaderChrome>{children}</ReaderChrome>;
}
