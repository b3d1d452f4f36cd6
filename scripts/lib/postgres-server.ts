/**
 * A throwaway PostgreSQL server for tests, benchmarks and drills: Debian's `postgresql` package
 * (installed with apt-get when it is missing), `initdb` into a temporary folder with trust
 * authentication, started on a free port and removed, data and all, by `stop()`.
 *
 *   const server = await startPostgres();
 *   const url = await server.createDatabase("masthead");   // with the unaccent extension
 *   …
 *   await server.stop();
 *
 * PostgreSQL refuses to run as root, so under root the server runs as the package's `postgres`
 * user (its folder is handed to that user). Not for production: trust authentication lets any
 * local user in, and `durable: false` (the default) turns off fsync.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./free-port";

/** The superuser initdb creates; trust authentication, so no password. */
export const POSTGRES_USER = "masthead";

export interface StartPostgresOptions {
  /** The address to listen on (default 127.0.0.1). */
  host?: string;
  /** The port (default: a free one). */
  port?: number;
  /** Keep fsync and full page writes on, for drills that crash the machine's view of it (default false). */
  durable?: boolean;
  /** A command the server's programs run under, e.g. ["ip", "netns", "exec", "db"]. */
  prefix?: string[];
  /** Where the data folder goes (default: the system's temporary folder). */
  parent?: string;
  /** A network (CIDR) whose hosts may connect too, e.g. the cluster drill's app hosts (default: this machine only). */
  clients?: string;
}

export interface PostgresServer {
  host: string;
  port: number;
  /** The data folder; the server's log is `server.log` beside it, in the same temporary folder. */
  dataDir: string;
  logFile: string;
  /** The connection URL of a database on this server. */
  url(database: string): string;
  /** Creates a database (UTF-8, optionally copied from `template`) with `unaccent`; returns its URL. */
  createDatabase(name: string, options?: { template?: string }): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  /** Stops the server (fast shutdown) and removes its folder. Safe to call twice. */
  stop(): Promise<void>;
  /** Stops the server at once, as a crash would (`pg_ctl stop -m immediate`), keeping its folder. */
  kill(): void;
  /** Starts it again on the same folder and port (after `kill()`, or a fast stop and start when running). */
  restart(): Promise<void>;
}

/** The newest PostgreSQL installed from Debian's packages: its bin folder, or null. */
export function findPostgresBin(): string | null {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => /^\d+$/.test(v) && fs.existsSync(path.join(base, v, "bin", "initdb")) && fs.existsSync(path.join(base, v, "bin", "postgres")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], "bin") : null;
}

function hasUnaccent(bin: string): boolean {
  const version = path.basename(path.dirname(bin));
  return fs.existsSync(`/usr/share/postgresql/${version}/extension/unaccent.control`);
}

/** The PostgreSQL server's bin folder, installing Debian's packages first when they are missing. */
export function ensurePostgresInstalled(): string {
  const found = findPostgresBin();
  if (found && hasUnaccent(found)) return found;
  if (process.getuid?.() !== 0) {
    throw new Error("PostgreSQL is not installed. Install it with: sudo apt-get install -y postgresql postgresql-contrib");
  }
  console.error("Installing Debian's postgresql and postgresql-contrib (once)…");
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql", "postgresql-contrib"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  if (!install()) {
    spawnSync("apt-get", ["update"], { stdio: ["ignore", "ignore", "inherit"] });
    if (!install()) throw new Error("apt-get could not install postgresql and postgresql-contrib");
  }
  const bin = findPostgresBin();
  if (!bin || !hasUnaccent(bin)) throw new Error("postgresql was installed but its programs or the unaccent extension are missing");
  return bin;
}

interface RunAs {
  uid: number;
  gid: number;
  user: string;
}

/** Root runs the server as the package's `postgres` user; anyone else as themselves. */
function serverUser(): RunAs | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g"), user: "postgres" };
}

export async function startPostgres(options: StartPostgresOptions = {}): Promise<PostgresServer> {
  const bin = ensurePostgresInstalled();
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? (await freePort());
  const runAs = serverUser();
  const root = fs.mkdtempSync(path.join(options.parent ?? os.tmpdir(), "masthead-pg-"));
  const dataDir = path.join(root, "data");
  const logFile = path.join(root, "server.log");
  if (runAs) fs.chownSync(root, runAs.uid, runAs.gid);

  const run = (program: string, args: string[]) => {
    const command = [...(options.prefix ?? []), ...(runAs ? ["runuser", "-u", runAs.user, "--"] : []), path.join(bin, program), ...args];
    const result = spawnSync(command[0] as string, command.slice(1), { encoding: "utf8", cwd: root });
    if (result.status !== 0) {
      const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").slice(-2000) : "";
      throw new Error(`${program} ${args[0] ?? ""} failed (${result.status}): ${result.stderr || result.stdout}\n${log}`);
    }
  };

  run("initdb", ["--pgdata", dataDir, "--auth=trust", `--username=${POSTGRES_USER}`, "--encoding=UTF8", "--locale=C.UTF-8", "--no-instructions"]);
  if (options.clients) fs.appendFileSync(path.join(dataDir, "pg_hba.conf"), `host all all ${options.clients} trust\n`);
  const settings = [
    `-c listen_addresses=${host}`,
    `-p ${port}`,
    // Its socket in its own folder: the system's /var/run/postgresql may be absent or another's.
    `-c unix_socket_directories=${root}`,
    "-c max_connections=200",
    ...(options.durable ? [] : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]),
  ].join(" ");
  const start = () => run("pg_ctl", ["start", "--pgdata", dataDir, "--log", logFile, "--wait", "--timeout=60", "-o", settings]);
  const stopServer = (mode: "fast" | "immediate") => run("pg_ctl", ["stop", "--pgdata", dataDir, "--mode", mode, "--wait", "--timeout=60"]);
  start();

  let running = true;
  let removed = false;
  // Should the caller exit without stopping it (an uncaught error), the server goes too.
  const onExit = () => {
    if (running) {
      try {
        stopServer("immediate");
      } catch {
        // already gone
      }
    }
    if (!removed) fs.rmSync(root, { recursive: true, force: true });
  };
  process.once("exit", onExit);

  const url = (database: string) => `postgresql://${POSTGRES_USER}@${host.includes(":") ? `[${host}]` : host}:${port}/${encodeURIComponent(database)}`;

  async function admin<T>(work: (client: pg.Client) => Promise<T>, database = "postgres"): Promise<T> {
    const client = new pg.Client({ connectionString: url(database) });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

  return {
    host,
    port,
    dataDir,
    logFile,
    url,
    async createDatabase(name, { template } = {}) {
      await admin((c) =>
        c.query(
          template
            ? `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`
            : `CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
        ),
      );
      if (!template) await admin((c) => c.query("CREATE EXTENSION IF NOT EXISTS unaccent"), name);
      return url(name);
    },
    async dropDatabase(name) {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    },
    async stop() {
      if (running) stopServer("fast");
      running = false;
      fs.rmSync(root, { recursive: true, force: true });
      removed = true;
      process.removeListener("exit", onExit);
    },
    kill() {
      if (running) stopServer("immediate");
      running = false;
    },
    async restart() {
      if (running) stopServer("fast");
      start();
      running = true;
    },
  };
}
