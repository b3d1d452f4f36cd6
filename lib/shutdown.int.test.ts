import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sqliteFilePath } from "@/lib/db-adapter";
import { env } from "@/lib/env";
import { checkpointSqlite } from "@/lib/shutdown";

afterAll(() => db.$disconnect());

describe("the checkpoint on exit", () => {
  it("moves what the WAL holds into the database file and leaves the WAL empty, with the app's connection still open", async () => {
    const file = sqliteFilePath(env.DATABASE_URL);
    await db.siteSetting.create({ data: { key: "checkpoint-probe", value: "1" } });
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const result = checkpointSqlite(file);
    expect(result).toMatchObject({ busy: false, walBytesAfter: 0 });
    expect(result.walBytesBefore).toBeGreaterThan(0);
    expect(fs.statSync(`${file}-wal`).size).toBe(0);
    expect(await db.siteSetting.findUnique({ where: { key: "checkpoint-probe" } })).toMatchObject({ value: "1" });
  });
});
