import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { DEFAULT_DATABASE_URL } from "@/lib/database-url.cjs";

function problemsOf(source: Record<string, string | boolean | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
}

describe("parseEnv", () => {
  it("has working defaults for a local demo", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(DEFAULT_DATABASE_URL).toBe("file:./data/masthead.db");
    expect(env.UPLOADS_DIR).toBe("./data/uploads");
    expect(env.SITE_URL).toBe("http://localhost:3000");
    expect(env.TRUST_PROXY).toBe(0);
  });

  it("drops a trailing slash from SITE_URL", () => {
    expect(parseEnv({ SITE_URL: "https://news.example.com/" }).SITE_URL).toBe("https://news.example.com");
  });

  it.each([
    [{ DATABASE_URL: "mysql://db.example.com/masthead" }, "DATABASE_URL"],
    [{ DATABASE_URL: "postgres://db.example.com" }, "DATABASE_URL"],
    [{ DATABASE_URL: "postgresql://db.example.com:5432/" }, "DATABASE_URL"],
    [{ SITE_URL: "not a url" }, "SITE_URL"],
    [{ SITE_URL: "ftp://example.com" }, "SITE_URL"],
    [{ SMTP_URL: "http://mail.example.com" }, "SMTP_URL"],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET"],
    [{ GITHUB_ID: "id-without-secret" }, "GITHUB_SECRET"],
    [{ GOOGLE_SECRET: "secret-without-id" }, "GOOGLE_ID"],
    [{ SITE_TIMEZONE: "Mars/Olympus" }, "SITE_TIMEZONE"],
    [{ SITE_LANGUAGE: "English" }, "SITE_LANGUAGE"],
    [{ SITE_NAME: " " }, "SITE_NAME"],
    [{ EMAIL_FROM: "newsroom" }, "EMAIL_FROM"],
    [{ EMAIL_FROM: "Masthead <not an address>" }, "EMAIL_FROM"],
    [{ UPLOADS_DIR: "" }, "UPLOADS_DIR"],
    [{ SCHEDULER_INTERVAL_SECONDS: "soon" }, "SCHEDULER_INTERVAL_SECONDS"],
    [{ TRUST_PROXY: "yes" }, "TRUST_PROXY"],
    [{ TRUST_PROXY: "-1" }, "TRUST_PROXY"],
    [{ TRUST_PROXY: "1.5" }, "TRUST_PROXY"],
    [{ SCHEDULER_INTERVAL_SECONDS: "0" }, "SCHEDULER_INTERVAL_SECONDS"],
    [{ SCHEDULER_INTERVAL_SECONDS: "1.5" }, "SCHEDULER_INTERVAL_SECONDS"],
    [{ DEMO_MODE: "yes" }, "DEMO_MODE"],
    [{ MEDIA_STORAGE: "ftp" }, "MEDIA_STORAGE"],
    [{ MEDIA_STORAGE: "s3", S3_REGION: "eu-central-1" }, "S3_BUCKET"],
    [{ MEDIA_STORAGE: "s3", S3_BUCKET: "news-media" }, "S3_REGION"],
    [{ S3_BUCKET: "News_Media" }, "S3_BUCKET"],
    [{ S3_REGION: "Frankfurt am Main" }, "S3_REGION"],
    [{ S3_ENDPOINT: "minio:9000" }, "S3_ENDPOINT"],
    [{ S3_ACCESS_KEY_ID: "key-without-secret" }, "S3_SECRET_ACCESS_KEY"],
    [{ S3_SECRET_ACCESS_KEY: "secret-without-key" }, "S3_ACCESS_KEY_ID"],
    [{ S3_FORCE_PATH_STYLE: "sometimes" }, "S3_FORCE_PATH_STYLE"],
    [{ EDGE_PURGE_URLS: "varnish.internal:80" }, "EDGE_PURGE_URLS"],
    [{ EDGE_PURGE_URLS: "http://10.0.0.5, ftp://10.0.0.6" }, "EDGE_PURGE_URLS"],
    [{ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "not base64!" }, "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"],
    [{ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString("base64") }, "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
    [{ NODE_ENV: "production" }, "AUTH_SECRET"],
    [{ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) }, "SMTP_URL"],
  ])("names the bad variable in %j", (source, variable) => {
    const problems = problemsOf(source);
    expect(problems.some((p) => p.startsWith(`${variable} `))).toBe(true);
  });

  it("keeps uploads in the local folder unless told otherwise", () => {
    expect(parseEnv({}).MEDIA_STORAGE).toBe("local");
  });

  it("takes object storage settings, path-style addresses by default whenever an endpoint is named", () => {
    const s3 = { MEDIA_STORAGE: "s3", S3_BUCKET: "news-media", S3_REGION: "auto", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" };
    expect(problemsOf(s3)).toEqual([]);
    expect(parseEnv(s3)).toMatchObject({ MEDIA_STORAGE: "s3", S3_BUCKET: "news-media", S3_REGION: "auto", S3_FORCE_PATH_STYLE: false });
    expect(parseEnv({ ...s3, S3_ENDPOINT: "http://10.0.0.5:9000" }).S3_FORCE_PATH_STYLE).toBe(true);
    expect(parseEnv({ ...s3, S3_ENDPOINT: "https://s3.example.com", S3_FORCE_PATH_STYLE: "false" }).S3_FORCE_PATH_STYLE).toBe(false);
  });

  it("accepts a Server Actions key of 32 bytes, as openssl rand -base64 32 makes", () => {
    expect(problemsOf({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") })).toEqual([]);
  });

  it("accepts a bare address or a named one as EMAIL_FROM", () => {
    expect(parseEnv({ EMAIL_FROM: "news@example.com" }).EMAIL_FROM).toBe("news@example.com");
    expect(parseEnv({ EMAIL_FROM: "The Daily <news@example.com>" }).EMAIL_FROM).toBe("The Daily <news@example.com>");
  });

  it("lets a demo run in production without SMTP", () => {
    expect(problemsOf({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), DEMO_MODE: "true" })).toEqual([]);
  });

  it("does not ask for serving secrets while building", () => {
    expect(problemsOf({ NODE_ENV: "production", building: true })).toEqual([]);
  });

  it("reads EDGE_PURGE_URLS as a list of URLs, and none when unset", () => {
    expect(parseEnv({}).EDGE_PURGE_URLS).toEqual([]);
    expect(parseEnv({ EDGE_PURGE_URLS: " http://10.0.0.5:80 ,https://edge.example.com/, " }).EDGE_PURGE_URLS).toEqual([
      "http://10.0.0.5:80",
      "https://edge.example.com/",
    ]);
  });

  it("accepts libSQL, file and PostgreSQL URLs", () => {
    expect(parseEnv({ DATABASE_URL: "libsql://db.example.turso.io" }).DATABASE_URL).toBe("libsql://db.example.turso.io");
    expect(parseEnv({ DATABASE_URL: "file:/var/lib/masthead.db" }).DATABASE_URL).toBe("file:/var/lib/masthead.db");
    for (const url of ["postgres://masthead:s3cret@db.internal:5432/masthead", "postgresql://10.0.0.5/news?sslmode=require", "postgresql:///masthead?host=/var/run/postgresql"]) {
      expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
  });

  it("says how a PostgreSQL URL names its database", () => {
    expect(problemsOf({ DATABASE_URL: "postgres://db.example.com" })).toEqual([
      "DATABASE_URL must name the database, as in postgresql://user:password@host:5432/masthead",
    ]);
  });
});

/**
 * What the application runs (its routes, components, lib/, the CLI, the seed, and the framework's
 * own files at the root) reads its configuration through lib/env.ts. The exceptions are files the
 * framework loads outside the app, where lib/env.ts cannot be used, each saying why in a comment
 * that begins "process.env" right above the read. Test and benchmark tooling (test/, e2e/,
 * bench/, reliability/, scripts/, playwright.config.ts) starts the app and hands child processes
 * their environment, and is no part of this.
 */
describe("process.env", () => {
  const root = path.resolve(__dirname, "..");
  const APP_DIRS = ["app", "components", "lib", "cli", "bin", "prisma"];
  const ROOT_FILES = /^(?:proxy|instrumentation|next\.config|prisma\.config)\.(?:ts|js|cjs|mjs)$/;
  const EXCEPTIONS = ["instrumentation.ts", "lib/cache/cache-handler.cjs", "next.config.js", "prisma.config.ts"];

  const sources = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const file = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) return file === "lib/generated" ? [] : sources(file);
      return /\.(?:ts|tsx|js|cjs|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [file] : [];
    });
  const isComment = (line: string) => /^\s*(?:\/\/|\/?\*)/.test(line);

  /** Lines that read process.env without a "process.env: why" comment right above them. */
  function unexplainedReads(text: string): number[] {
    const lines = text.split("\n");
    return lines.flatMap((line, i) => {
      if (!/\bprocess\.env\b/.test(line) || isComment(line)) return [];
      const above: string[] = [];
      for (let j = i - 1; j >= 0 && /^\s*\/\//.test(lines[j]!); j--) above.unshift(lines[j]!);
      return /process\.env/.test(above.join(" ")) ? [] : [i + 1];
    });
  }

  const files = [...APP_DIRS.flatMap(sources), ...fs.readdirSync(root).filter((name) => ROOT_FILES.test(name))];
  const readers = files.filter((file) => file !== "lib/env.ts" && /\bprocess\.env\b/.test(fs.readFileSync(path.join(root, file), "utf8").split("\n").filter((l) => !isComment(l)).join("\n")));

  it("is read only by lib/env.ts and the framework's files that cannot import it", () => {
    expect(files).toEqual(expect.arrayContaining(["lib/env.ts", "proxy.ts", "lib/action.ts", "cli/commands.ts"]));
    expect(readers.filter((file) => !EXCEPTIONS.includes(file))).toEqual([]);
  });

  it("says why, in one comment right above, wherever it is read outside lib/env.ts", () => {
    expect(readers.length).toBeGreaterThan(0);
    const unexplained = readers.map((file) => ({ file, lines: unexplainedReads(fs.readFileSync(path.join(root, file), "utf8")) }));
    expect(unexplained.filter(({ lines }) => lines.length > 0)).toEqual([]);
  });

  it("recognises a read with and without its reason", () => {
    expect(unexplainedReads("const dir = process.env.NEXT_DIST_DIR;")).toEqual([1]);
    expect(unexplainedReads("// process.env: Next.js reads this file first.\nconst dir = process.env.NEXT_DIST_DIR;")).toEqual([]);
    expect(unexplainedReads("// A second build.\nconst dir = process.env.NEXT_DIST_DIR;")).toEqual([2]);
  });
});
