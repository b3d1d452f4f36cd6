"use client";

import { createContext, use, useEffect } from "react";
import type { ActionResult } from "@/lib/action";

/**
 * How a comment form tells the comments around it that something changed. On the story page the
 * island asks again for the reader's view; on the discussion page (drawn on the server, which the
 * action's cache invalidation refreshes) there is nothing to do.
 */
export const CommentsRefreshContext = createContext<() => void>(() => {});

/** Calls the surrounding refresh once after each successful action. */
export function useRefreshAfterSuccess(state: ActionResult<unknown> | null): void {
  const refresh = use(CommentsRefreshContext);
  useEffect(() => {
    if (state?.ok) refresh();
  }, [state, refresh]);
}
