"use client";

import { useLayoutEffect } from "react";

export const LEAVE_WARNING = "Your changes are not saved. Leave this page anyway?";

/** Is this click on a link that leaves the page (not a jump within it, a new tab or a download)? */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  const to = new URL(link.href, window.location.href);
  const here = window.location;
  return to.origin === here.origin && to.pathname === here.pathname && to.search === here.search ? null : link;
}

/**
 * While `active`, asks before the page is left: the browser's own question when the tab is
 * closed, reloaded or sent elsewhere, and ours when a link in the newsroom is followed (the
 * app's own navigation, which never unloads the page).
 */
export function useLeaveWarning(active: boolean): void {
  // A layout effect: its listeners go in the same commit as the form, never outlive it while the next page shows.
  useLayoutEffect(() => {
    if (!active) return;
    let confirmed = false;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (confirmed) return;
      event.preventDefault();
      // Older browsers ask only when a value is set.
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (!leavingLink(event)) return;
      if (window.confirm(LEAVE_WARNING)) {
        confirmed = true;
        return;
      }
      // Captured before the app's router sees the click: nothing navigates.
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [active]);
}
