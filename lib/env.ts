/**
 * The only reader of process.env. Parsed once, on first import; a bad value stops the
 * process with a message naming the variable.
 */
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "@/lib/database-url.cjs";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/** The database a postgres:// URL names (its path), or null when it names none or is no URL. */
function postgresDatabaseName(url: string): string | null {
  try {
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    return name === "" || name.includes("/") ? null : name;
  } catch {
    return null;
  }
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"], { message: "must be development, production or test" }).default("development"),
    DATABASE_URL: z
      .string()
      .trim()
      .default(DEFAULT_DATABASE_URL)
      .refine((v) => /^(file:|libsql:\/\/|https?:\/\/|postgres(ql)?:\/\/)/.test(v), {
        message: "must start with file: (SQLite), libsql://, http:// or https:// (libSQL), or postgres:// or postgresql:// (PostgreSQL)",
      })
      .refine((v) => !/^postgres(ql)?:/.test(v) || postgresDatabaseName(v) !== null, {
        message: "must name the database, as in postgresql://user:password@host:5432/masthead",
      }),
    DATABASE_AUTH_TOKEN: optionalString,
    SITE_URL: z
      .url({ protocol: /^https?$/, message: "must be an absolute http(s) URL such as https://news.example.com" })
      .default("http://localhost:3000")
      .transform((v) => v.replace(/\/+$/, "")),
    SITE_NAME: z.string().trim().min(1, "must not be empty").default("Masthead"),
    SITE_LANGUAGE: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as en or en-GB")
      .default("en"),
    SITE_TIMEZONE: z
      .string()
      .default("UTC")
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, "must be an IANA time zone such as Europe/Vilnius"),
    AUTH_SECRET: optionalString.pipe(
      z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
    ),
    SMTP_URL: optionalString.pipe(
      z.url({ protocol: /^smtps?$/, message: "must be an smtp:// or smtps:// URL" }).optional(),
    ),
    EMAIL_FROM: z
      .string()
      .trim()
      .regex(/^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, "must be an address such as news@example.com or Masthead <news@example.com>")
      .default("Masthead <no-reply@localhost>"),
    GITHUB_ID: optionalString,
    GITHUB_SECRET: optionalString,
    GOOGLE_ID: optionalString,
    GOOGLE_SECRET: optionalString,
    UPLOADS_DIR: z.string().trim().min(1, "must not be empty").default("./data/uploads"),
    /** Where uploaded images are kept: `local` (UPLOADS_DIR on this host) or `s3` (a bucket every app server shares). */
    MEDIA_STORAGE: z.enum(["local", "s3"], { message: "must be local or s3" }).default("local"),
    /** An S3-compatible service's address (R2, MinIO, …); unset for AWS S3 itself. */
    S3_ENDPOINT: optionalString.pipe(
      z.url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://<account>.r2.cloudflarestorage.com" }).optional(),
    ),
    S3_BUCKET: optionalString.pipe(
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket name: 3–63 lowercase letters, digits, dots and dashes")
        .optional(),
    ),
    S3_REGION: optionalString.pipe(z.string().regex(/^[a-z0-9-]{2,32}$/, "must be a region such as eu-central-1 (auto for Cloudflare R2)").optional()),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    /**
     * Read by Next.js itself (at build and at run time): the AES key that seals Server Actions' bound
     * arguments, and the salt of their ids. Every app server of a cluster needs the same one.
     */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optionalString.pipe(
      z
        .string()
        .refine((v) => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && [16, 24, 32].includes(Buffer.from(v, "base64").length), "must be a base64 AES key of 16, 24 or 32 bytes (try: openssl rand -base64 32)")
        .optional(),
    ),
    /** Path-style addresses (`<endpoint>/<bucket>/<key>`): what MinIO and most S3-compatible services expect. */
    S3_FORCE_PATH_STYLE: z.enum(["true", "false", "1", "0", ""], { message: "must be true or false" }).optional(),
    /** How often the scheduler looks for stories due to go live. */
    SCHEDULER_INTERVAL_SECONDS: z.coerce
      .number({ message: "must be a whole number of seconds from 1 to 3600" })
      .int("must be a whole number of seconds from 1 to 3600")
      .min(1, "must be a whole number of seconds from 1 to 3600")
      .max(3600, "must be a whole number of seconds from 1 to 3600")
      .default(15),
    /**
     * The edge caches in front (Varnish with xkey, deploy/varnish/) that every invalidation is purged
     * from: comma-separated http(s) URLs. Empty: no edge.
     */
    EDGE_PURGE_URLS: z
      .string()
      .default("")
      .transform((v) => v.split(",").map((url) => url.trim()).filter(Boolean))
      .refine((urls) => urls.every((url) => z.url({ protocol: /^https?$/ }).safeParse(url).success), {
        message: "must be comma-separated http(s) URLs such as http://10.0.0.5:80",
      }),
    /** The build the server serves; next.config reads the same variable for its distDir. */
    NEXT_DIST_DIR: z.string().trim().min(1, "must not be empty").default(".next"),
    /** How many proxies in front append to X-Forwarded-For; 0: the socket's address is the client's. */
    TRUST_PROXY: z.coerce
      .number({ message: "must be the number of proxy hops in front, from 0 to 10" })
      .int("must be the number of proxy hops in front, from 0 to 10")
      .min(0, "must be the number of proxy hops in front, from 0 to 10")
      .max(10, "must be the number of proxy hops in front, from 0 to 10")
      .default(0),
    /** A local demonstration: sign-in links may be written to the log even in production. */
    DEMO_MODE: z
      .enum(["true", "false", "1", "0", ""], { message: "must be true or false" })
      .default("false")
      .transform((v) => v === "true" || v === "1"),
    /** `next build` sets NEXT_PHASE; secrets needed to serve are not needed to build. */
    building: z.boolean().default(false),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.building && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production" });
    }
    if (env.NODE_ENV === "production" && !env.building && !env.SMTP_URL && !env.DEMO_MODE) {
      ctx.addIssue({
        code: "custom",
        path: ["SMTP_URL"],
        message: "is required in production to send sign-in links (or set DEMO_MODE=true to write them to the log)",
      });
    }
    if (env.MEDIA_STORAGE === "s3") {
      for (const name of ["S3_BUCKET", "S3_REGION"] as const) {
        if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when MEDIA_STORAGE=s3" });
      }
    }
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: [env.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID"],
        message: `must be set together with ${env.S3_ACCESS_KEY_ID ? "S3_ACCESS_KEY_ID" : "S3_SECRET_ACCESS_KEY"}`,
      });
    }
    for (const provider of ["GITHUB", "GOOGLE"] as const) {
      const id = env[`${provider}_ID`];
      const secret = env[`${provider}_SECRET`];
      if (Boolean(id) !== Boolean(secret)) {
        ctx.addIssue({
          code: "custom",
          path: [id ? `${provider}_SECRET` : `${provider}_ID`],
          message: `must be set together with ${id ? `${provider}_ID` : `${provider}_SECRET`}`,
        });
      }
    }
  })
  // Path style by default whenever an endpoint is named: every S3-compatible service takes it.
  .transform(({ S3_FORCE_PATH_STYLE, ...env }) => ({
    ...env,
    S3_FORCE_PATH_STYLE: S3_FORCE_PATH_STYLE ? S3_FORCE_PATH_STYLE === "true" || S3_FORCE_PATH_STYLE === "1" : Boolean(env.S3_ENDPOINT),
  }));

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment record; throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | boolean | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`);
  throw new EnvError(problems);
}

export const env: Env = parseEnv({ ...process.env, building: process.env.NEXT_PHASE === "phase-production-build" });

/** The environment a program this one starts (pg_dump, psql) runs with: this process's, plus `extra`. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

/** The key for signing tokens and hashing client addresses. Outside production a fixed key is fine. */
export const appSecret: string = env.AUTH_SECRET ?? "masthead-development-secret-not-for-production";

// next-auth v4 reads its origin and secret from the environment by itself; hand it ours.
process.env.NEXTAUTH_URL = env.SITE_URL;
process.env.NEXTAUTH_SECRET = appSecret;
// The pinned @aws-sdk/client-s3 supports Node.js 20; its start-up notice concerns later releases
// (docs/production.md, "Upgrading"), and would otherwise be printed by every server.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
