/**
 * Comment posting from both app hosts at once under reader load: each commenter posts to one host
 * with the form the other host rendered, every third form twice at the same moment; afterwards
 * every acknowledged comment is in the database exactly once and a refused one not at all.
 */
import { commentableSlugs, newCommenter, tally, verifyLedger, type Attempt } from "../../reliability/support/ops-comments";
import { describeReads, failedReads, startReaders } from "../load";
import { emptyReport, sleep, type ClusterCheck } from "../types";

const COMMENTERS = 12;
const DURATION_MS = 30_000;
/** At most 5 comments a minute per person, the site's limit. */
const PAUSE_MS = 13_000;

export const check: ClusterCheck = {
  name: "comments from both hosts under load: none lost, none doubled",
  async run({ apps, edge, databaseUrl, readerPaths }) {
    const report = emptyReport();
    const slugs = await commentableSlugs(databaseUrl, COMMENTERS);
    const readers = startReaders(edge.url, readerPaths, 8);
    const attempts: Attempt[] = [];
    const until = Date.now() + DURATION_MS;
    await Promise.all(
      Array.from({ length: COMMENTERS }, async (_, i) => {
        const [renders, posts] = i % 2 === 0 ? apps : [apps[1], apps[0]];
        const commenter = await newCommenter(renders.url, databaseUrl, slugs[i % slugs.length]!, `198.18.40.${i + 1}`);
        for (let n = 0; Date.now() < until; n++) {
          attempts.push(...(await commenter.post(`cluster-${i}-${n}-${Date.now().toString(36)}`, { twice: n % 3 === 2, base: posts.url })));
          await sleep(PAUSE_MS);
        }
      }),
    );
    const reads = await readers.stop();
    const counts = tally(attempts);
    report.tried.push(`${COMMENTERS} commenters posting to ${apps[0].name} and ${apps[1].name}, each with a form the other host rendered, every third form twice at once: ${attempts.length} posts`);
    report.tried.push(`answers: ${Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(", ")}; 8 readers through the edge meanwhile: ${describeReads(reads)}`);
    const ledger = await verifyLedger(databaseUrl, attempts);
    if (ledger.lost.length === 0 && ledger.doubled.length === 0 && ledger.refusedStored.length === 0 && ledger.acknowledged > 0) {
      report.held.push(`${ledger.acknowledged} acknowledged comments, each stored exactly once; none lost, none doubled`);
    } else {
      report.failed.push(`acknowledged ${ledger.acknowledged}: lost ${ledger.lost.length} ${ledger.lost.slice(0, 3).join(" ")}, doubled ${ledger.doubled.length} ${ledger.doubled.slice(0, 3).join(" ")}, refused yet stored ${ledger.refusedStored.length}`);
    }
    const unanswered = attempts.filter((a) => a.outcome === "http-error" || a.outcome === "no-answer" || a.outcome === "busy");
    if (unanswered.length > 0) report.failed.push(`${unanswered.length} posts got no proper answer, e.g. ${unanswered[0]!.detail}`);
    if (failedReads(reads).length > 0) report.failed.push(`reads through the edge failed: ${describeReads(reads)}`);
    return report;
  },
};
