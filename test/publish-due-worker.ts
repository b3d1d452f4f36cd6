/**
 * One scheduler sweep in a process of its own, for the concurrent-publishers test
 * (lib/articles/scheduling.int.test.ts): prints `ready`, waits for a line on stdin so that every
 * worker sweeps at the same moment, runs publishDue against DATABASE_URL and prints what it
 * published as one JSON line.
 *   tsx --conditions=react-server test/publish-due-worker.ts <now as epoch ms>
 */
import readline from "node:readline";
import { publishDue } from "@/lib/articles/scheduling";
import { db } from "@/lib/db";

const now = new Date(Number(process.argv[2]));
// Connect before saying ready, so the sweeps start together rather than one per connection.
await db.$queryRaw`SELECT 1`;
console.log("ready");
await new Promise((resolve) => readline.createInterface({ input: process.stdin }).once("line", resolve));
const published = await publishDue(now);
console.log(JSON.stringify({ published: published.map((a) => a.id) }));
await db.$disconnect();
process.exit(0);
