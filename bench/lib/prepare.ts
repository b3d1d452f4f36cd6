/**
 * What both commands need before measuring: the database, Masthead's production build, the
 * targets chosen from it, the article saved for the baselines (its text for the Next.js app,
 * its page as served for the Node.js file server) and the baseline app built around it.
 */
import { writeFileSync } from "node:fs";
import { ARTICLE_HTML, appBuilt, baselineBuilt, buildApp, buildBaseline, generatePrismaClient, prismaClientGenerated, startApp } from "./apps";
import { prepareDatabase, type BenchDatabase } from "./database";
import type { CommonOptions } from "./options";
import { assertPortFree, stopServer } from "./process";
import { chooseTargets, writeArticleFixture, type Targets } from "./targets";

export async function prepare(options: CommonOptions): Promise<{ db: BenchDatabase; targets: Targets }> {
  for (const port of [options.port, options.port + 1, options.port + 2]) await assertPortFree(port);
  if (options.build || !prismaClientGenerated()) generatePrismaClient();
  const db = prepareDatabase(options.size);
  if (options.build || !appBuilt()) buildApp(options.port, db);
  const targets = chooseTargets(db.file);
  writeArticleFixture(targets);

  const app = await startApp(options.port, db);
  try {
    for (const target of targets.pages) {
      const response = await fetch(`${app.origin}${target.path}`);
      const body = await response.text();
      if (response.status !== 200) throw new Error(`${target.path} answered ${response.status}; every target must answer 200.`);
      if (target.name === "article") writeFileSync(ARTICLE_HTML, body);
    }
  } finally {
    await stopServer(app);
  }
  if (options.build || !baselineBuilt()) buildBaseline();
  return { db, targets };
}
