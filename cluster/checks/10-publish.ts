/**
 * A story published through app A is visible through app B and through the edge on the very next
 * request, on its own page and on the front pages B and the edge had cached before (the
 * invalidation log crosses hosts; A purges the edge).
 */
import { emptyReport, get, type ClusterCheck } from "../types";

export const check: ClusterCheck = {
  name: "published on A, visible through B and the edge",
  async run({ apps: [a, b], edge, newsroom }) {
    const report = emptyReport();
    await get(`${b.url}/`);
    const cached = await get(`${b.url}/`);
    await get(`${edge.url}/`);
    const edgeCached = await get(`${edge.url}/`);
    const title = `Drill publishes across hosts ${Date.now().toString(36)}`;
    const story = await newsroom.publish(a, title);
    report.tried.push(
      `published "${title}" through ${a.name} (B's front page was ${cached.headers.get("x-nextjs-cache") ?? "served"} and the edge's ${edgeCached.headers.get("x-cache") ?? "served"} before)`,
    );
    const onB = await get(`${b.url}/articles/${story.slug}`);
    const throughEdge = await get(`${edge.url}/articles/${story.slug}`);
    const frontOfB = await get(`${b.url}/`);
    const frontOfEdge = await get(`${edge.url}/`);
    const escaped = title.replace(/&/g, "&amp;");
    for (const [where, answer] of [
      [`${b.name} /articles/${story.slug}`, onB],
      ["the edge's story page", throughEdge],
      [`${b.name}'s front page`, frontOfB],
      ["the edge's front page (purged by A)", frontOfEdge],
    ] as const) {
      if (answer.status === 200 && answer.text.includes(escaped)) report.held.push(`${where}: 200 with the headline on the next request`);
      else report.failed.push(`${where}: ${answer.status}, headline ${answer.text.includes(escaped) ? "present" : "missing"}`);
    }
    return report;
  },
};
