"use client";

import { useEffect, useState } from "react";
import { autosaveArticleAction } from "@/lib/autosave/actions";

/** How long after a change the form's text is kept: every few seconds while someone types. */
export const AUTOSAVE_DELAY_MS = 3_000;

export type AutosaveStatus = { state: "idle" } | { state: "saving" } | { state: "saved"; at: Date } | { state: "failed"; message: string };

/** Fields an autosave leaves out: the hero upload (a file, sent only by a save) and the button pressed. */
const NOT_AUTOSAVED = ["heroUpload", "intent"];

/**
 * Keeps the form's text on the server a few seconds after it changes, and again while the
 * changes go on, one request at a time. A save (the form submitted) cancels the one pending.
 * Its listeners set no state while an event is on its way: a render between them and React's
 * own would put a controlled field's old value back under the keystroke.
 */
export function useAutosave(form: HTMLFormElement | null): AutosaveStatus {
  const [status, setStatus] = useState<AutosaveStatus>({ state: "idle" });

  useEffect(() => {
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let inFlight = false;
    let changedSince = false;

    async function keep(target: HTMLFormElement) {
      timer = null;
      inFlight = true;
      changedSince = false;
      const data = new FormData(target);
      for (const name of NOT_AUTOSAVED) data.delete(name);
      setStatus({ state: "saving" });
      try {
        const result = await autosaveArticleAction(null, data);
        if (!result.ok) setStatus({ state: "failed", message: result.message });
        else setStatus(result.data?.savedAt ? { state: "saved", at: new Date(result.data.savedAt) } : { state: "idle" });
      } catch {
        setStatus({ state: "failed", message: "No connection." });
      } finally {
        inFlight = false;
      }
      if (changedSince) schedule(target);
    }

    function schedule(target: HTMLFormElement) {
      if (inFlight) changedSince = true;
      else timer ??= setTimeout(() => void keep(target), AUTOSAVE_DELAY_MS);
    }

    const changed = () => schedule(form);
    const submitted = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      changedSince = false;
    };
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", submitted);
    return () => {
      if (timer) clearTimeout(timer);
      form.removeEventListener("input", changed);
      form.removeEventListener("change", changed);
      form.removeEventListener("submit", submitted);
    };
  }, [form]);

  return status;
}
