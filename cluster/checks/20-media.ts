/** An image uploaded through app A is served by app B (and the edge) from the shared object storage, byte for byte. */
import { emptyReport, type ClusterCheck } from "../types";

export const check: ClusterCheck = {
  name: "image uploaded through A, served by B",
  async run({ apps: [a, b], edge, newsroom }) {
    const report = emptyReport();
    const key = await newsroom.upload(a, "A picture uploaded during the cluster drill");
    report.tried.push(`uploaded a 1200×800 PNG through ${a.name} as media ${key}`);
    const fetchBytes = async (base: string) => {
      const response = await fetch(`${base}/media/${key}/640.webp`, { signal: AbortSignal.timeout(30_000) });
      return { status: response.status, type: response.headers.get("content-type"), cache: response.headers.get("cache-control"), bytes: Buffer.from(await response.arrayBuffer()) };
    };
    const [fromA, fromB, fromEdge] = [await fetchBytes(a.url), await fetchBytes(b.url), await fetchBytes(edge.url)];
    for (const [where, answer] of [
      [b.name, fromB],
      ["the edge", fromEdge],
    ] as const) {
      const same = answer.bytes.equals(fromA.bytes);
      if (answer.status === 200 && answer.type === "image/webp" && answer.cache === "public, max-age=31536000, immutable" && same && answer.bytes.length > 0) {
        report.held.push(`${where} served /media/${key}/640.webp: 200, image/webp, immutable, the same ${answer.bytes.length.toLocaleString("en")} bytes as ${a.name}`);
      } else {
        report.failed.push(`${where} served /media/${key}/640.webp: ${answer.status} ${answer.type} ${answer.cache}, ${same ? "same bytes" : "other bytes"}`);
      }
    }
    return report;
  },
};
