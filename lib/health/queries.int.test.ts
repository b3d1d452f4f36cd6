import fs from "node:fs";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sqliteFilePath } from "@/lib/db-adapter";
import { env } from "@/lib/env";
import { GET } from "@/app/api/health/route";
import { engine } from "@/test/engine";

afterAll(() => db.$disconnect());

const health = () => GET(new Request("http://localhost:3000/api/health"));

describe("/api/health", () => {
  it("reports the database reachable and the newest applied migration", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { status: string; database: string; migration: string };
    expect(body.status).toBe("ok");
    expect(body.database).toBe("ok");
    expect(body.migration).toMatch(/^\d{14}_/);
  });

  it.runIf(engine === "sqlite")("answers 503 while the database file is missing, and 200 once it is back", async () => {
    const file = sqliteFilePath(env.DATABASE_URL);
    fs.renameSync(file, `${file}.moved`);
    try {
      const response = await health();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "error", database: "missing", migration: null });
    } finally {
      fs.renameSync(`${file}.moved`, file);
    }
    expect((await health()).status).toBe(200);
  });

  it.runIf(engine === "sqlite")("keeps answering 200 while another process holds the write lock (readers are not blocked in WAL mode)", async () => {
    const locker = new Database(sqliteFilePath(env.DATABASE_URL));
    locker.exec("BEGIN EXCLUSIVE");
    try {
      const started = Date.now();
      expect((await health()).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      locker.exec("ROLLBACK");
      locker.close();
    }
  });
});
