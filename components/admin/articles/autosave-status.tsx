"use client";

import type { AutosaveStatus } from "@/components/admin/articles/use-autosave";

const clock = (date: Date) =>
  new Intl.DateTimeFormat(document.documentElement.lang || undefined, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);

/** "Saved 12:03" in the editor's own clock, announced politely; nothing before the first change. */
export function AutosaveStatusText({ status }: { status: AutosaveStatus }) {
  const text =
    status.state === "saving"
      ? "Saving…"
      : status.state === "saved"
        ? `Saved ${clock(status.at)}`
        : status.state === "failed"
          ? `Not autosaved: ${status.message} Keep this page open and save.`
          : "";
  return (
    <p className={`editor-bar__status${status.state === "failed" ? " editor-bar__status--failed" : ""}`} role="status">
      {text}
    </p>
  );
}
