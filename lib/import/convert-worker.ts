/**
 * A worker thread converting bodies (convert.ts) for convert-parallel.ts: it receives the
 * import's ConversionContext once, then batches of HTML, and answers each batch in order.
 */
import { parentPort, workerData } from "node:worker_threads";
import { bodyRewrites, convertBody, type ConversionContext } from "@/lib/import/convert";

const rewrites = bodyRewrites(workerData as ConversionContext);

parentPort?.on("message", (batch: { id: number; html: string[] }) => {
  parentPort?.postMessage({ id: batch.id, bodies: batch.html.map((html) => convertBody(html, rewrites)) });
});
