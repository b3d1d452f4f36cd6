/**
 * Ids for the rows an import writes, chosen before writing so that a whole site goes in with a
 * few bulk inserts (an article's links, comments and records need its id first). The same
 * alphabet and length as Prisma's cuid() defaults, so nothing can tell them apart.
 */
import { randomBytes } from "node:crypto";

let counter = 0;

export function newRowId(): string {
  counter = (counter + 1) % 1_679_616;
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${randomBytes(8).toString("hex").slice(0, 12)}`.slice(0, 25);
}
