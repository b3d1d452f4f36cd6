"use client";

import { useEffect } from "react";
import { VIEWER_PATH } from "@/lib/comments/viewer";

/**
 * Drawn by the account pages for a signed-in reader whose browser lacks the signed-in hint (a
 * session begun before the hint existed): asking /api/viewer once gives the browser the hint, so
 * the cached public pages recognise the reader from then on. Renders nothing.
 */
export function SessionHintSync() {
  useEffect(() => {
    // Only the Set-Cookie matters; the body is dropped so the request ends (an unread body keeps it open).
    fetch(VIEWER_PATH, { cache: "no-store" })
      .then((response) => response.body?.cancel())
      .catch(() => {});
  }, []);
  return null;
}
