import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

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
    expect(env.DATABASE_URL).toBe("file:./data/masthead.db");
    expect(env.UPLOADS_DIR).toBe("./data/uploads");
    expect(env.SITE_URL).toBe("http://localhost:3000");
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
    [{ SCHEDULER_INTERVAL_SECONDS: "0" }, "SCHEDULER_INTERVAL_SECONDS"],
    [{ SCHEDULER_INTERVAL_SECONDS: "1.5" }, "SCHEDULER_INTERVAL_SECONDS"],
    [{ DEMO_MODE: "yes" }, "DEMO_MODE"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
    [{ NODE_ENV: "production" }, "AUTH_SECRET"],
    [{ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) }, "SMTP_URL"],
  ])("names the bad variable in %j", (source, variable) => {
    const problems = problemsOf(source);
    expect(problems.some((p) => p.startsWith(`${variable} `))).toBe(true);
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
