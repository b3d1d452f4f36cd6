import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { SEARCH_PATH } from "@/lib/site/urls";

export const metadata: Metadata = {
  title: "Page not found",
  description: "This page may have moved, or it was never published.",
};

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>This story may have moved, or it was never published.</p>
      <p>
        <Link href="/">Go to the front page</Link> or <Link href={SEARCH_PATH}>search our stories</Link>.
      </p>
    </div>
  );
}
