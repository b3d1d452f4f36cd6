import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { cachePreparedStatements, createDriverAdapter } from "@/lib/db-adapter";
import { env } from "@/lib/env";
import { engine } from "@/test/engine";

afterAll(() => db.$disconnect());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the SQLite connections shared by concurrent requests", () => {
  it("keeps a write made beside another request's transaction when that transaction rolls back", async () => {
    const refused = db
      .$transaction(async (tx) => {
        await tx.siteSetting.create({ data: { key: "inside-refused", value: "1" } });
        await pause(200);
        throw new Error("refused inside the transaction");
      })
      .catch((error: unknown) => String(error));
    await pause(50);
    await db.siteSetting.create({ data: { key: "beside-acknowledged", value: "1" } });
    expect(await refused).toContain("refused inside the transaction");
    const keys = (await db.siteSetting.findMany({ where: { key: { in: ["inside-refused", "beside-acknowledged"] } } })).map((r) => r.key);
    expect(keys).toEqual(["beside-acknowledged"]);
  });

  it("reads beside another request's open transaction see only committed rows, and do not wait for it", async () => {
    let inside!: () => void;
    const written = new Promise<void>((resolve) => (inside = resolve));
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const refused = db
      .$transaction(async (tx) => {
        await tx.siteSetting.create({ data: { key: "uncommitted", value: "1" } });
        inside();
        await held;
        throw new Error("rolled back");
      })
      .catch((error: unknown) => String(error));
    await written;
    // The transaction is open, holding its row: a render reading now must neither see the row
    // (it is about to be rolled back) nor wait for the transaction (which waits for this test).
    expect(await db.siteSetting.findUnique({ where: { key: "uncommitted" } })).toBeNull();
    expect(await db.$queryRaw`SELECT count(*) AS n FROM "SiteSetting" WHERE "key" = 'uncommitted'`).toEqual([{ n: 0n }]);
    finish();
    expect(await refused).toContain("rolled back");
    expect(await db.siteSetting.findUnique({ where: { key: "uncommitted" } })).toBeNull();
  });

  it("a read after a commit sees it at once", async () => {
    await db.$transaction(async (tx) => {
      await tx.siteSetting.create({ data: { key: "committed", value: "1" } });
    });
    await db.siteSetting.create({ data: { key: "committed-outside", value: "1" } });
    const keys = (await db.siteSetting.findMany({ where: { key: { in: ["committed", "committed-outside"] } }, orderBy: { key: "asc" } })).map((r) => r.key);
    expect(keys).toEqual(["committed", "committed-outside"]);
  });
});

describe("prepared statements kept per connection", () => {
  function memoryDatabase() {
    const database = new Database(":memory:");
    database.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
    database.prepare("INSERT INTO t (id, name) VALUES (1, 'one'), (2, 'two'), (3, 'three')").run();
    const prepared: string[] = [];
    const prepare = database.prepare.bind(database);
    database.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof database.prepare;
    return { database, prepared };
  }
  // The calls Prisma's adapter makes: prepare(sql).bind(args), then run() or raw().all().
  const select = (database: Database.Database, sql: string, args: unknown[]) => database.prepare(sql).bind(args).raw().all();

  it("prepares a statement once and runs it with each call's own arguments", () => {
    const { database, prepared } = memoryDatabase();
    cachePreparedStatements(database);
    const sql = "SELECT name FROM t WHERE id = ?";
    expect(select(database, sql, [1])).toEqual([["one"]]);
    expect(select(database, sql, [3])).toEqual([["three"]]);
    expect(select(database, sql, [9])).toEqual([]);
    database.prepare("UPDATE t SET name = ? WHERE id = ?").bind(["uno", 1]).run();
    database.prepare("UPDATE t SET name = ? WHERE id = ?").bind(["dos", 2]).run();
    expect(select(database, "SELECT name FROM t ORDER BY id", [])).toEqual([["uno"], ["dos"], ["three"]]);
    expect(prepared.filter((s) => s === sql)).toHaveLength(1);
    expect(prepared.filter((s) => s.startsWith("UPDATE"))).toHaveLength(1);
    database.close();
  });

  it("keeps at most `size` statements, dropping the least recently used", () => {
    const { database, prepared } = memoryDatabase();
    cachePreparedStatements(database, 2);
    const [a, b, c] = ["SELECT 1", "SELECT 2", "SELECT 3"];
    for (const sql of [a, b, a, c, a, b]) select(database, sql, []);
    // a stays (used again before c came); b was the oldest when c came, so it is prepared again.
    expect(prepared.filter((s) => s.startsWith("SELECT "))).toEqual([a, b, c, b]);
    database.close();
  });

  it.runIf(engine === "sqlite")("is what the application's connection does: a repeated query is not prepared again", async () => {
    const prepare = vi.spyOn(Database.prototype, "prepare");
    const adapter = await createDriverAdapter(env.DATABASE_URL).connect();
    try {
      const query = { sql: 'SELECT "key" FROM "SiteSetting" WHERE "key" = ?', args: ["no-such-setting"], argTypes: [{ scalarType: "string" as const, arity: "scalar" as const }] };
      for (let i = 0; i < 3; i++) expect((await adapter.queryRaw(query)).rows).toEqual([]);
      expect(prepare.mock.calls.filter(([sql]) => sql === query.sql)).toHaveLength(1);
    } finally {
      prepare.mockRestore();
      await adapter.dispose();
    }
  });
});
