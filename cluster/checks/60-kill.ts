/**
 * One app host dies (every process in its namespace killed with SIGKILL) while readers come
 * through the edge: not one of their requests fails. The host is then started again.
 */
import { killAllIn } from "../network";
import { describeReads, failedReads, startReaders } from "../load";
import { emptyReport, sleep, type ClusterCheck } from "../types";

export const check: ClusterCheck = {
  name: "kill -9 of one app host under reader load: no failed reads through the edge",
  async run({ apps, edge, readerPaths, log }) {
    const [a] = apps;
    const report = emptyReport();
    for (const app of apps) if ((await edge.takesBack(app)) === null) report.failed.push(`the edge never took ${app.name} back before the kill`);
    const readers = startReaders(edge.url, readerPaths, 16);
    await sleep(5_000);
    const pid = a.server().pid;
    const killedAt = Date.now();
    killAllIn(a.host.netns);
    log(`killed every process of ${a.name} (the server was ${pid})`);
    await sleep(10_000);
    const reads = await readers.stop();
    const after = reads.filter((r) => r.at > killedAt).length;
    report.tried.push(`16 readers through the edge for 15 s, ${a.name} killed with SIGKILL after 5 s: ${describeReads(reads)}, ${after} of them after the kill`);
    if (failedReads(reads).length === 0 && after > 0) report.held.push(`no read failed: the edge answered from its cache or from the living server`);
    else report.failed.push(`through the edge: ${describeReads(reads)}`);
    await a.server().kill9();
    await a.start();
    report.held.push(`${a.name} started again`);
    return report;
  },
};
