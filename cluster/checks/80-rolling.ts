/**
 * A rolling restart under load: app server A is stopped (SIGTERM: it finishes what it has and
 * takes nothing new) and started again, then — once the edge sends it requests again — B, while
 * readers come through the edge. Not one of their requests fails.
 */
import { describeReads, failedReads, startReaders } from "../load";
import { emptyReport, sleep, type ClusterCheck } from "../types";

export const check: ClusterCheck = {
  name: "rolling restart of both app servers under load: no failed request",
  async run({ apps, edge, readerPaths, log }) {
    const report = emptyReport();
    // An earlier check may have left a server out of the edge's rotation (the database restart
    // fails every health probe): a rolling restart starts with every server in it.
    for (const app of apps) if ((await edge.takesBack(app)) === null) report.failed.push(`the edge never took ${app.name} back before the restart`);
    const readers = startReaders(edge.url, readerPaths, 16);
    await sleep(3_000);
    for (const app of apps) {
      const exit = await app.server().stop("SIGTERM");
      log(`${app.name} stopped (code ${exit.code}, ${exit.ms} ms)`);
      const started = Date.now();
      await app.start();
      log(`${app.name} serves again after ${Date.now() - started} ms`);
      // The next server stops only once the edge sends requests to this one again (its probe has
      // seen enough good answers), as the deployment steps say (docs/production.md).
      const back = await edge.takesBack(app);
      if (back !== null) log(`the edge takes ${app.name} back after ${back} ms`);
      else report.failed.push(`the edge did not take ${app.name} back within 30 s of it serving again`);
    }
    await sleep(3_000);
    const reads = await readers.stop();
    report.tried.push(`16 readers through the edge while ${apps.map((a) => a.name).join(" then ")} were stopped with SIGTERM and started again: ${describeReads(reads)}`);
    if (failedReads(reads).length === 0) report.held.push("no request failed");
    else report.failed.push(`through the edge: ${describeReads(reads)}`);
    return report;
  },
};
