"use client";

import { createContext, use, useEffect, useState, type ReactNode } from "react";

type Queue = "pending" | "reported";

interface Feedback {
  /** The queue whose form was submitted last in this browser; null until one is (and without JavaScript). */
  latest: Queue | null;
  decided: (queue: Queue) => void;
}

const ModerationFeedbackContext = createContext<Feedback>({ latest: null, decided: () => {} });

/**
 * The moderation page's two queues each have a form with its own message. Only the answer to the
 * latest decision is shown: a refusal in one queue is cleared once a later decision (in either
 * queue) succeeds. Without JavaScript each submission draws the page again, with one message.
 */
export function ModerationFeedback({ children }: { children: ReactNode }) {
  const [latest, setLatest] = useState<Queue | null>(null);
  return <ModerationFeedbackContext value={{ latest, decided: setLatest }}>{children}</ModerationFeedbackContext>;
}

/** Whether this queue's form holds the answer to the latest decision; tells the page when it does. */
export function useLatestDecision(queue: Queue, state: object | null): boolean {
  const { latest, decided } = use(ModerationFeedbackContext);
  useEffect(() => {
    if (state) decided(queue);
  }, [state, queue, decided]);
  return latest === null || latest === queue;
}
