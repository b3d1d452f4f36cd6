/**
 * SQLite files for the reliability suite: migrated and seeded once per seed kind (a template
 * kept until the migrations, the seed or lib/ change), then copied for each part.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { RELIABILITY_DATA_DIR, ROOT } from "./paths";
import { uploadsDirFor } from "./server";
import { withSql, type DatabaseRef } from "./sql";

export type Seed = "demo" | { scale: number };
export type Role = "READER" | "CONTRIBUTOR" | "EDITOR" | "ADMIN";

const DB_FILE = "masthead.db";

/**
 * A migrated, seeded database at `.reliability/<name>/masthead.db` (anything there before is
 * removed), with its uploads in `.reliability/<name>/uploads`. Returns the absolute path.
 */
export function freshDatabase(name: string, seed: Seed): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`freshDatabase: name must be lower-case letters, digits and dashes (got "${name}")`);
  if (seed !== "demo" && !(Number.isInteger(seed.scale) && seed.scale > 0)) throw new Error(`freshDatabase: scale must be a positive integer`);
  const template = templateFor(seed);
  const dir = path.join(RELIABILITY_DATA_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.dirname(template), dir, { recursive: true });
  return path.join(dir, DB_FILE);
}

function templateFor(seed: Seed): string {
  const kind = seed === "demo" ? "demo" : `scale-${seed.scale}`;
  const templates = path.join(RELIABILITY_DATA_DIR, "_templates");
  const dir = path.join(templates, `${kind}-${sourceDigest()}`);
  if (fs.existsSync(path.join(dir, "complete"))) return path.join(dir, DB_FILE);

  // Seeded aside and renamed into place, so two runs seeding at once never share a file.
  const scratch = path.join(templates, `.${kind}-${process.pid}-${Date.now()}`);
  const file = path.join(scratch, DB_FILE);
  fs.mkdirSync(scratch, { recursive: true });
  const started = Date.now();
  try {
    execFileSync(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["--conditions=react-server", "prisma/seed/main.ts", ...(seed === "demo" ? [] : ["--scale", String(seed.scale)])],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: "development", DATABASE_URL: `file:${file}`, UPLOADS_DIR: uploadsDirFor(file), NEXT_PHASE: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    // One file, no WAL beside it, so a plain copy is the whole database.
    const sqlite = new Database(file);
    if (seed !== "demo") {
      const { n } = sqlite.prepare(`SELECT count(*) AS n FROM Article`).get() as { n: number };
      if (n < seed.scale) {
        sqlite.close();
        throw new Error(`the seed made ${n} articles, not ${seed.scale}: this checkout's prisma/seed/main.ts does not take --scale yet (it comes with branch scale)`);
      }
    }
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    sqlite.close();
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });
    fs.writeFileSync(path.join(scratch, "complete"), `${kind} seeded in ${Date.now() - started} ms\n`);
    for (const old of fs.readdirSync(templates)) {
      if (old.startsWith(`${kind}-`)) fs.rmSync(path.join(templates, old), { recursive: true, force: true });
    }
    fs.renameSync(scratch, dir);
  } catch (error) {
    fs.rmSync(scratch, { recursive: true, force: true });
    // Another run finished the same template first: use theirs.
    if (fs.existsSync(path.join(dir, "complete"))) return path.join(dir, DB_FILE);
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`Seeding the ${kind} database failed: ${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
  return path.join(dir, DB_FILE);
}

/** A digest of everything the seeded content depends on: migrations, seed and library code. */
function sourceDigest(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(full);
      } else {
        hash.update(path.relative(ROOT, full)).update(fs.readFileSync(full));
      }
    }
  };
  for (const dir of ["prisma", "lib", "scripts/lib"]) walk(path.join(ROOT, dir));
  return hash.digest("hex").slice(0, 12);
}

export interface TestSession {
  /** The Cookie request header: `next-auth.session-token=…` (or `__Secure-…` when `secure`). */
  cookie: string;
  userId: string;
  email: string;
  role: Role;
}

/**
 * Creates a user with `role` and a database session for them, as next-auth's email sign-in
 * would, in a SQLite file or a PostgreSQL database. `secure` names the cookie for an https
 * SITE_URL (see lib/auth/cookies.ts).
 */
export async function sessionFor(database: DatabaseRef, role: Role, options: { secure?: boolean; name?: string } = {}): Promise<TestSession> {
  const now = new Date();
  const userId = `rel${randomUUID().replace(/-/g, "")}`;
  const email = `${role.toLowerCase()}-${userId.slice(3, 15)}@reliability.example`;
  const token = randomBytes(32).toString("hex");
  await withSql(database, async (sql) => {
    await sql.run(`INSERT INTO "User" ("id", "name", "email", "emailVerified", "role", "notifyReplies", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
      userId,
      options.name ?? `Reliability ${role.toLowerCase()}`,
      email,
      now,
      role,
      false,
      now,
      now,
    ]);
    await sql.run(`INSERT INTO "Session" ("id", "sessionToken", "userId", "expires") VALUES (?, ?, ?, ?)`, [
      `rel${randomUUID().replace(/-/g, "")}`,
      token,
      userId,
      new Date(Date.now() + 24 * 3600_000),
    ]);
  });
  const cookieName = `${options.secure ? "__Secure-" : ""}next-auth.session-token`;
  return { cookie: `${cookieName}=${token}`, userId, email, role };
}

/**
 * A digest of every row of every table (and the table list), to prove a refused request
 * changed nothing. `database` is a SQLite file (a path or a file: URL) or a postgres:// URL. Tables named in `ignore`
 * (e.g. rate-limit counters) are left out.
 */
export async function databaseDigest(database: string, ignore: string[] = []): Promise<{ digest: string; tables: Record<string, string> }> {
  const tables: Record<string, string> = {};
  const all = createHash("sha256");
  const add = (name: string, rows: Iterable<unknown>) => {
    const hash = createHash("sha256");
    for (const row of rows) {
      hash.update(
        JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : Buffer.isBuffer(v) ? v.toString("base64") : v)),
      );
      hash.update("\n");
    }
    tables[name] = hash.digest("hex").slice(0, 16);
    all.update(`${name}:${tables[name]}\n`);
  };
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  // Every column in order: works for rowid tables, WITHOUT ROWID tables and full-text indexes alike.
  const everyColumn = (columns: number) => Array.from({ length: columns }, (_, i) => i + 1).join(", ");
  if (/^postgres(ql)?:\/\//.test(database)) {
    const client = new pg.Client({ connectionString: database, options: "-c TimeZone=UTC" });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
      );
      for (const name of rows.map((r) => r.name).filter((n) => !ignore.includes(n))) {
        const columns = (await client.query(`SELECT * FROM ${quote(name)} LIMIT 0`)).fields.length;
        add(name, (await client.query({ text: `SELECT * FROM ${quote(name)} ORDER BY ${everyColumn(columns)}`, rowMode: "array" })).rows);
      }
    } finally {
      await client.end();
    }
    return { digest: all.digest("hex"), tables };
  }
  const sqlite = new Database(database.startsWith("file:") ? path.resolve(database.slice("file:".length)) : database, { readonly: true, fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  try {
    const names = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[])
      .map((r) => r.name)
      .filter((n) => !ignore.includes(n));
    for (const name of names) {
      const columns = sqlite.prepare(`SELECT * FROM ${quote(name)} LIMIT 0`).columns().length;
      add(name, sqlite.prepare(`SELECT * FROM ${quote(name)} ORDER BY ${everyColumn(columns)}`).raw().iterate());
    }
    return { digest: all.digest("hex"), tables };
  } finally {
    sqlite.close();
  }
}

/** The tables whose digests differ between two snapshots. */
export function changedTables(before: { tables: Record<string, string> }, after: { tables: Record<string, string> }): string[] {
  const names = new Set([...Object.keys(before.tables), ...Object.keys(after.tables)]);
  return [...names].filter((n) => before.tables[n] !== after.tables[n]).sort();
}

/** The number of rows in `table`, read through a connection of its own. */
export async function countRows(database: DatabaseRef, table: string): Promise<number> {
  return withSql(database, async (sql) => Number((await sql.all<{ n: number | string }>(`SELECT count(*) AS n FROM "${table}"`))[0]?.n ?? 0));
}

/**
 * The SQLite connections process `pid` holds open on `databaseFile` (Linux: each connection
 * keeps one descriptor on the main file; /proc/<pid>/fdinfo tells a read-only one by its flags).
 */
export function databaseConnections(pid: number, databaseFile: string): { readWrite: number; readOnly: number } {
  const counts = { readWrite: 0, readOnly: 0 };
  const target = fs.realpathSync(databaseFile);
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    let file: string;
    let flags: number;
    try {
      file = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      flags = parseInt(/^flags:\s*([0-7]+)/m.exec(fs.readFileSync(`/proc/${pid}/fdinfo/${fd}`, "utf8"))?.[1] ?? "0", 8);
    } catch {
      continue; // closed meanwhile
    }
    if (file !== target) continue;
    if ((flags & 3) === 0) counts.readOnly++;
    else counts.readWrite++;
  }
  return counts;
}
