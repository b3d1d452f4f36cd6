/**
 * Uploads take turns: decoding and resizing an image is the costliest thing a server does (a
 * 25-megapixel photo is 75 MB of pixels), so each server processes one upload at a time. A few
 * more wait their turn; beyond that an upload is refused at once with a message to try again,
 * instead of every upload slowing down together and the server running out of memory.
 * The importer stores its images one after another and does not queue here.
 */
import { AppError } from "@/lib/errors";

/** Uploads that may wait while one is processed; the next one is refused. */
export const UPLOADS_WAITING_AT_MOST = 4;

export const UPLOADS_BUSY_MESSAGE = "The server is processing other images right now. Nothing was saved; please upload this one again in a minute.";

export interface TurnQueue {
  /** Runs `work` when no other work of this queue runs; throws UNAVAILABLE when too many wait already. */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Work running (0 or 1) and waiting, for tests and logs. */
  readonly size: { running: number; waiting: number };
}

/** A queue that runs one piece of work at a time and lets at most `waitingAtMost` wait. */
export function createTurnQueue(waitingAtMost: number, busyMessage: string): TurnQueue {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run(work) {
      if (running > 0) {
        if (waiting.length >= waitingAtMost) throw new AppError("UNAVAILABLE", busyMessage, { file: [busyMessage] });
        // The finishing work hands its turn over directly, so no newcomer slips in between.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running = 1;
      }
      try {
        return await work();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running = 0;
      }
    },
    get size() {
      return { running, waiting: waiting.length };
    },
  };
}

const state = globalThis as unknown as { mastheadUploadQueue?: TurnQueue };

/** This process's upload queue (one per process, whichever bundle asks). */
export function uploadQueue(): TurnQueue {
  state.mastheadUploadQueue ??= createTurnQueue(UPLOADS_WAITING_AT_MOST, UPLOADS_BUSY_MESSAGE);
  return state.mastheadUploadQueue;
}
