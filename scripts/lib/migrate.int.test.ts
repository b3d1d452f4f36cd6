import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "@/lib/db-adapter";
import { env } from "@/lib/env";
import { migrateDatabase, repositoryMigrations, sqliteIsCurrent } from "@/scripts/lib/migrate";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-migrate-"));
const live = sqliteFilePath(env.DATABASE_URL);
const open: Database.Database[] = [];
afterAll(() => {
  for (const connection of open) connection.close();
});

/** A copy of the migrated test database, held open by another connection (as a server would). */
function copyInUse(name: string): string {
  const file = path.join(dir, name);
  fs.copyFileSync(live, file);
  const server = new Database(file);
  server.prepare('SELECT count(*) FROM "Article"').get();
  open.push(server);
  return file;
}

describe("migrating a SQLite file", () => {
  it("leaves a file that has every migration alone, even while a server has it open", async () => {
    const file = copyInUse("current.db");
    expect(sqliteIsCurrent(file)).toBe(true);
    await expect(migrateDatabase(`file:${file}`)).resolves.toBeUndefined();
  });

  it("says to stop the server when a file it has open needs a migration", async () => {
    const file = copyInUse("behind.db");
    const newest = repositoryMigrations().at(-1)!;
    const sql = fs.readFileSync(path.join(process.cwd(), "prisma/migrations", newest, "migration.sql"), "utf8");
    const writer = new Database(file);
    writer.prepare("DELETE FROM _prisma_migrations WHERE migration_name = ?").run(newest);
    for (const [, index] of sql.matchAll(/CREATE (?:UNIQUE )?INDEX "([^"]+)"/g)) writer.exec(`DROP INDEX "${index}"`);
    writer.close();
    expect(sqliteIsCurrent(file)).toBe(false);
    await expect(migrateDatabase(`file:${file}`)).rejects.toThrow(/needs the file to itself/);
  });
});
