import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { MigrationRefused, migratePostgres, readMigrations, type Migration } from "@/scripts/lib/migrate-postgres";
import { createEmptyPostgresDatabase, engine } from "@/test/engine";

const clients: pg.Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.end()));
});

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  clients.push(client);
  return client;
}

async function history(url: string) {
  const client = await connect(url);
  const { rows } = await client.query<{ migration_name: string; checksum: string; finished: boolean; applied_steps_count: number }>(
    `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  return rows;
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const client = await connect(url);
  const { rows } = await client.query<{ found: string | null }>("SELECT to_regclass($1) AS found", [`"${table}"`]);
  return rows[0]?.found !== null;
}

const migrations = readMigrations();

/** A new database with this checkout's migrations. */
async function migratedDatabase(): Promise<string> {
  const url = await createEmptyPostgresDatabase();
  await migratePostgres(url);
  return url;
}
const extra = (name: string, sql: string): Migration => ({ name, sql, checksum: `checksum-of-${name}` });

describe.runIf(engine === "postgresql")("migrating a PostgreSQL database", () => {
  it("applies every migration once, in order, recorded as Prisma records them", async () => {
    const url = await createEmptyPostgresDatabase();
    const report = await migratePostgres(url);
    expect(report.applied).toEqual(migrations.map((m) => m.name));
    expect(await history(url)).toEqual(migrations.map((m) => ({ migration_name: m.name, checksum: m.checksum, finished: true, applied_steps_count: 1 })));
    expect(await migratePostgres(url)).toEqual({ applied: [] });
  });

  it("lets several hosts migrate at once, each migration applied once", async () => {
    const url = await createEmptyPostgresDatabase();
    const reports = await Promise.all([migratePostgres(url), migratePostgres(url), migratePostgres(url)]);
    expect(reports.flatMap((r) => r.applied).sort()).toEqual(migrations.map((m) => m.name).sort());
    expect(await history(url)).toHaveLength(migrations.length);
  });

  it("applies a failing migration not at all, and says which one failed", async () => {
    const url = await migratedDatabase();
    const broken = extra("29990101000000_broken", 'CREATE TABLE "Half" ("id" TEXT); SELECT 1 / 0;');
    await expect(migratePostgres(url, [...migrations, broken])).rejects.toThrow(/29990101000000_broken failed and was rolled back.*division by zero/);
    expect(await tableExists(url, "Half")).toBe(false);
    expect((await history(url)).map((r) => r.migration_name)).not.toContain(broken.name);

    const fixed = extra("29990101000000_broken", 'CREATE TABLE "Half" ("id" TEXT);');
    expect(await migratePostgres(url, [...migrations, fixed])).toEqual({ applied: [fixed.name] });
    expect(await tableExists(url, "Half")).toBe(true);
  });

  it("refuses a database with a migration this checkout does not have, changing nothing", async () => {
    const url = await migratedDatabase();
    const newer = extra("29990102000000_newer", 'CREATE TABLE "Newer" ("id" TEXT);');
    await migratePostgres(url, [...migrations, newer]);
    const later = extra("29990103000000_later", 'CREATE TABLE "Later" ("id" TEXT);');
    await expect(migratePostgres(url, [...migrations, later])).rejects.toThrow(
      new MigrationRefused(
        "Migration 29990102000000_newer is applied to this database but is not in prisma/postgresql/migrations: the database is newer than this code. Deploy the code that has it.",
      ),
    );
    expect(await tableExists(url, "Later")).toBe(false);
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const [first, ...rest] = migrations;
    const edited = { ...first!, sql: `${first!.sql}\n-- edited`, checksum: "edited" };
    await expect(migratePostgres(env.DATABASE_URL, [edited, ...rest])).rejects.toThrow(/was changed after it was applied/);
  });

  it(
    "builds exactly the schema of prisma/postgresql/schema.prisma, besides the search index Prisma does not model",
    async () => {
      const prisma = path.join(process.cwd(), "node_modules/.bin/prisma");
      const args = ["migrate", "diff", "--from-migrations", "prisma/postgresql/migrations", "--to-schema-datamodel", "prisma/postgresql/schema.prisma", "--script"];
      // The schema engine applies the migrations to a scratch database on the same server.
      const { stdout } = await promisify(execFile)(prisma, args, { env: { ...process.env, DATABASE_URL: env.DATABASE_URL } });
      const statements = stdout
        .split("\n")
        .filter((line) => line.trim() !== "" && !line.startsWith("--"))
        .join("\n");
      expect(statements).toBe('DROP TABLE "ArticleSearchDocument";');
    },
    120_000,
  );
});
