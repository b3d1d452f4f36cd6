import type { ReactNode } from "react";
import { ReaderChrome } from "@/components/layout/reader-chrome";

// Pages about the person looking: never cached.
export const dynamic = "force-dynamic";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ReaderChrome>{children}</ReaderChrome>;
}
