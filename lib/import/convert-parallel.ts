/**
 * Converting many bodies on several threads. Parsing Markdown is most of an import's work (a few
 * milliseconds a story), so the command line spreads it over the machine's cores. It needs the
 * TypeScript loader the command runs with (`--import tsx`); where worker threads cannot start
 * (the Next.js server bundles its code, with no such loader) it converts on the calling thread.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";
import { log } from "@/lib/log";
import { bodyRewrites, convertBody, type ConversionContext, type ConvertedBody } from "@/lib/import/convert";

const BATCH = 50;

/** The worker runs TypeScript: it registers the command line's loader (tsx) before loading its module. */
const WORKER_SOURCE = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(new URL("./convert-worker.ts", import.meta.url).href)}); })`;

export function convertOnThisThread(context: ConversionContext, html: readonly string[], onProgress?: (done: number) => void): ConvertedBody[] {
  const rewrites = bodyRewrites(context);
  return html.map((h, i) => {
    const body = convertBody(h, rewrites);
    if (i % BATCH === BATCH - 1) onProgress?.(i + 1);
    return body;
  });
}

/** How many threads to convert on: one per core; one for fewer than 1,000 bodies, where starting threads (each loads the Markdown pipeline) costs more than it saves. */
export function conversionThreads(bodies: number): number {
  return bodies < 1000 ? 1 : Math.max(1, Math.min(os.availableParallelism(), 8));
}

export async function convertInParallel(context: ConversionContext, html: readonly string[], threads: number, onProgress?: (done: number) => void): Promise<ConvertedBody[]> {
  if (threads <= 1) return convertOnThisThread(context, html, onProgress);
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < threads; i++) workers.push(new Worker(WORKER_SOURCE, { eval: true, workerData: context, execArgv: ["--conditions=react-server"] }));
  } catch {
    await Promise.all(workers.map((w) => w.terminate()));
    return convertOnThisThread(context, html, onProgress);
  }
  const results: ConvertedBody[] = new Array<ConvertedBody>(html.length);
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= html.length) return resolve();
              const id = next;
              next = Math.min(html.length, next + BATCH);
              worker.postMessage({ id, html: html.slice(id, next) });
            };
            worker.on("message", (message: { id: number; bodies: ConvertedBody[] }) => {
              message.bodies.forEach((body, i) => (results[message.id + i] = body));
              done += message.bodies.length;
              onProgress?.(done);
              send();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`A body conversion thread stopped (exit code ${code})`))));
            send();
          }),
      ),
    );
  } catch (error) {
    // A thread that could not start or stopped: the work is done here instead, and a body that
    // cannot be converted fails here with its own error.
    log.warn("import.convert-threads-failed", { threads, error: String(error).slice(0, 300) });
    return convertOnThisThread(context, html, onProgress);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
