// @ts-check
/**
 * The page cache of `next start`: Next.js's own file-system/memory cache, plus the rules that keep
 * it correct when several processes write to one database — invalidations read from the
 * CacheInvalidation table before every read, no entry older than the process trusted, no page kept
 * whose render began before one of its tags was invalidated, small buffers copied, security
 * headers stored with each page, cache tags named for the edge in front. docs/architecture.md,
 * "The cache handler", explains each.
 *
 * Loaded by Next.js with require(), outside the bundle, so it is plain CommonJS.
 */
const path = require("node:path");
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const { areTagsStale, tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");
const { DEFAULT_DATABASE_URL } = require("../database-url.cjs");
const { cachedPageHeaders } = require("../security/csp.cjs");
const { SITE_TAG, surrogateKeyHeaders } = require("./surrogate-keys.cjs");

// process.env, not lib/env.ts: Next.js require()s this file outside the bundle, where the TypeScript
// module cannot load; instrumentation.ts has validated these same variables before the first request.
const serverEnv = process.env;

/**
 * The invalidation log's reader, opened lazily: `{ since(seq), max() }`, both async; `null` when
 * the database is a remote libSQL one (not read here) or cannot be read yet.
 */
let reader;
let lastSeq = 0;
let trustedSince = Date.now();
let warned = false;

/** Renders (and route handler runs) that may be in flight: cache key → when the first read since its last store missed or went stale. */
const renderingSince = new Map();
/** Longer than any render: an older mark was left by a render that ended without storing. */
const RENDER_MARK_TTL_MS = 60_000;
const RENDER_MARKS_MAX = 10_000;

const SINCE_SQL = 'SELECT "seq", "tag", "invalidatedAt" FROM "CacheInvalidation" WHERE "seq" > $1 ORDER BY "seq"';
const MAX_SQL = 'SELECT coalesce(max("seq"), 0) AS "seq" FROM "CacheInvalidation"';

/** A SQLite file: a read-only connection of its own (a read never waits for a writer in WAL mode). */
function sqliteReader(url) {
  const Database = require("better-sqlite3");
  const db = new Database(path.resolve(/*turbopackIgnore: true*/ url.slice("file:".length).split("?")[0] || ""), { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 1000");
  const since = db.prepare(SINCE_SQL.replace("$1", "?"));
  const max = db.prepare(MAX_SQL);
  return {
    since: async (seq) => /** @type {{ seq: number; tag: string; invalidatedAt: number }[]} */ (since.all(seq)),
    max: async () => /** @type {{ seq: number }} */ (max.get()).seq,
  };
}

/**
 * PostgreSQL: one connection of its own (a pool of one, which replaces a connection the server
 * drops). Writers take turns on a lock (lib/cache/invalidate.ts), so rows become visible in the
 * order of their numbers and reading past the last one seen misses none.
 */
function postgresReader(url) {
  const pg = require("pg");
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 1000, idleTimeoutMillis: 0, allowExitOnIdle: true });
  pool.on("error", () => {}); // a dropped idle connection: the next query opens another
  return {
    since: async (seq) => (await pool.query(SINCE_SQL, [seq])).rows,
    max: async () => Number((await pool.query(MAX_SQL)).rows[0].seq),
  };
}

async function openReader() {
  if (reader !== undefined) return reader;
  const url = serverEnv.DATABASE_URL || DEFAULT_DATABASE_URL;
  const postgres = /^postgres(ql)?:\/\//.test(url);
  if (!url.startsWith("file:") && !postgres) {
    // A remote libSQL database: other processes' changes reach this one only through the
    // entries' revalidate time. In-process invalidation still applies at once.
    reader = null;
    return reader;
  }
  try {
    const opened = postgres ? postgresReader(url) : sqliteReader(url);
    lastSeq = await opened.max();
    reader = opened;
  } catch (error) {
    if (!warned) {
      warned = true;
      console.error(JSON.stringify({ level: "warn", event: "cache.invalidations_unreadable", message: String(error) }));
    }
    reader = undefined; // try again on the next read
    return null;
  }
  return reader;
}

/** Applies invalidations written since the last read (by any process) to the tag manifest. */
async function readNewInvalidations() {
  const r = await openReader();
  if (!r) return;
  let rows;
  try {
    rows = await r.since(lastSeq);
  } catch {
    // Locked past the busy timeout, or the server away: serving from the cache is still better
    // than failing, and the next read catches up.
    return;
  }
  if (rows.length === 0) return;
  if (lastSeq > 0 && rows[0].seq > lastSeq + 1) {
    // Rows this process never saw were pruned: it cannot tell what they invalidated.
    trustedSince = Date.now();
  }
  // Dated by this process's clock when it learns of them, never by the writer's: another host's
  // clock may be behind (its change would look older than pages rendered here before it) or ahead
  // (a render that began before the change would look newer than it). Every page stored before
  // now is older than the change as this process knows it; a render still in flight is judged in
  // set() against this same time.
  const learnedAt = Date.now();
  for (const row of rows) {
    const entry = tagsManifest.get(row.tag) || {};
    const at = Math.max(typeof entry.expired === "number" ? entry.expired : 0, learnedAt);
    tagsManifest.set(row.tag, { ...entry, stale: at, expired: at });
  }
  lastSeq = rows[rows.length - 1].seq;
}

let reading = null;
let queued = null;

/**
 * readNewInvalidations, shared by the requests that arrive while one runs: each waits for a read
 * that began after it arrived (so it sees every row committed before), and there are at most two
 * reads at a time whatever the traffic.
 */
function applyNewInvalidations() {
  if (!reading) {
    reading = readNewInvalidations().finally(() => {
      reading = null;
    });
    return reading;
  }
  queued ??= reading.then(() => {
    queued = null;
    return applyNewInvalidations();
  });
  return queued;
}

/** Notes that a render of `key` may begin now, unless one already may have. */
function markRenderStart(key) {
  const now = Date.now();
  const since = renderingSince.get(key);
  if (since !== undefined && now - since < RENDER_MARK_TTL_MS) return;
  if (renderingSince.size >= RENDER_MARKS_MAX) {
    for (const [k, t] of renderingSince) if (now - t >= RENDER_MARK_TTL_MS) renderingSince.delete(k);
    if (renderingSince.size >= RENDER_MARKS_MAX) renderingSince.clear();
  }
  renderingSince.set(key, now);
}

/** The tags a stored page or route response carries. */
function tagsOf(value) {
  const header = value && value.headers && value.headers["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",") : [];
}

/** Whether Next.js will render `entry` again in the background (its revalidate time passed, or a tag went stale). */
function isStale(entry) {
  const revalidate = entry.cacheControl?.revalidate;
  if (typeof revalidate === "number" && entry.lastModified + revalidate * 1000 < Date.now()) return true;
  return areTagsStale(tagsOf(entry.value), entry.lastModified);
}

/** Whether a tag of `data` was invalidated at or after `since` (its render may predate the change). */
async function invalidatedSince(data, since) {
  const tags = tagsOf(data);
  if (tags.length === 0) return false;
  await applyNewInvalidations();
  return tags.some((tag) => {
    const expired = tagsManifest.get(tag)?.expired;
    return typeof expired === "number" && expired >= since && expired <= Date.now();
  });
}

/** A buffer that owns exactly its bytes (`Buffer.allocUnsafeSlow` never uses the shared pool). */
function ownBytes(buffer) {
  if (!Buffer.isBuffer(buffer) || buffer.byteLength === buffer.buffer.byteLength) return buffer;
  const copy = Buffer.allocUnsafeSlow(buffer.byteLength);
  buffer.copy(copy);
  return copy;
}

module.exports = class MastheadCacheHandler extends FileSystemCache {
  /** @param {Parameters<FileSystemCache["set"]>} args */
  async set(...args) {
    const [key, data, ctx] = args;
    if (!data || (data.kind !== "APP_PAGE" && data.kind !== "APP_ROUTE")) return super.set(...args);
    const since = renderingSince.get(key);
    renderingSince.delete(key);
    const keep = since === undefined || !(await invalidatedSince(data, since));
    // Every public response also carries the site tag, which a change to the whole site purges.
    const edgeKeys = surrogateKeyHeaders([SITE_TAG, ...tagsOf(data)]);
    if (data.kind === "APP_ROUTE") {
      // The object given here is also the response being sent for this very request.
      data.headers = { ...data.headers, ...edgeKeys };
      return keep ? super.set(...args) : undefined;
    }
    const headers = { ...data.headers, ...(typeof data.html === "string" ? cachedPageHeaders(data.html, serverEnv) : {}), ...edgeKeys };
    // The object given here is also the response being sent for this very request, whose
    // redirect Location the render has already set: appending the stored one as well would send
    // it twice. The response gets the headers without it; the stored copy keeps it for later hits.
    const { location, ...forThisResponse } = headers;
    data.headers = forThisResponse;
    if (!keep) return;
    const segmentData = data.segmentData instanceof Map ? new Map([...data.segmentData].map(([segment, bytes]) => [segment, ownBytes(bytes)])) : data.segmentData;
    return super.set(key, { ...data, rscData: ownBytes(data.rscData), segmentData, headers: location === undefined ? forThisResponse : headers }, ctx);
  }

  /** @param {Parameters<FileSystemCache["get"]>} args */
  async get(...args) {
    const [key, ctx] = args;
    await applyNewInvalidations();
    let data = await super.get(...args);
    if (data && typeof data.lastModified === "number" && data.lastModified < trustedSince) data = null;
    if (ctx?.kind !== "FETCH" && (!data || isStale(data))) markRenderStart(key);
    return data;
  }
};
