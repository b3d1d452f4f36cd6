/**
 * Part 4: bad input. Every public route (from the build's manifest, with real slugs) answers
 * malformed, huge, Unicode-edge, null-byte and path-traversal parameters with a 4xx or a proper
 * page — never a 5xx, never a hang. Every server action answers oversized and malformed fields
 * with a validation error and changes nothing. Hostile uploads are refused or re-encoded, and a
 * 50 MB request body is cut off at the limit instead of being buffered.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { callAction } from "../support/actions";
import { listRoutes, listServerActions } from "../support/app-map";
import { decompressionBomb, jpegWithScript } from "../support/hostile-files";
import { changedTables, countRows, databaseDigest, freshDatabase, sessionFor } from "../support/database";
import { startServer, uploadsDirFor, type RunningServer } from "../support/server";
import type { PartReport, ReliabilityPart } from "../types";

const HUGE = "a".repeat(100 * 1024);
const REQUEST_TIMEOUT_MS = 10_000;
/** Node's default limit for a request's line and headers. */
const NODE_MAX_HEADER_BYTES = 16 * 1024;

/** Raw (already percent-encoded) path segments. */
const SEGMENTS: Record<string, string> = {
  "malformed escape": "%",
  "bad escape": "%zz%E0%A4%A",
  "100 KB": HUGE,
  "lone surrogate": "%ED%A0%80",
  "RTL override": encodeURIComponent("abc\u202Eexe.gpj"),
  "emoji ZWJ": encodeURIComponent("👩‍💻🏳️‍🌈"),
  NFC: encodeURIComponent("café".normalize("NFC")),
  NFD: encodeURIComponent("café".normalize("NFD")),
  "null byte": "abc%00def",
  "traversal": "..%2F..%2F..%2Fetc%2Fpasswd",
  "dot segments": "%2e%2e%2f%2e%2e%2fpackage.json",
  "backslashes": "..%5C..%5Cwindows",
  "control characters": "%01%02%1B%7F",
  "overlong UTF-8": "%C0%AE%C0%AE%C0%AF",
};

const QUERIES: Record<string, string> = {
  "negative page": "page=-1",
  "huge page": "page=999999999999999999999999",
  "non-numeric page": "page=abc",
  "fractional page": "page=1.5",
  "repeated page": "page=1&page=2",
  "bracketed page": "page[]=1&page[x]=2",
  "100 KB query": `q=${HUGE}`,
  "null byte query": "q=abc%00def",
  "lone surrogate query": "q=%ED%A0%80",
  "malformed escape query": "q=%&page=%zz",
  "RTL query": `q=${encodeURIComponent("\u202Egnp.exe")}`,
  "NFD query": `q=${encodeURIComponent("crème brûlée".normalize("NFD"))}`,
  "emoji query": `q=${encodeURIComponent("🧑🏽‍🔬")}`,
  "wildcards": `q=${encodeURIComponent("\"*' OR 1=1 -- NEAR(")}`,
  "callbackUrl elsewhere": `callbackUrl=${encodeURIComponent("https://evil.example/")}`,
};

/** A GET with a raw path (fetch would normalise it); status, or "timeout"/"reset". */
function rawGet(server: RunningServer, rawPath: string): Promise<number | "timeout" | "reset"> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve) => {
    const request = http.get({ host: hostname, port, path: rawPath, headers: { Connection: "close" } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", () => resolve("reset"));
    });
    request.setTimeout(REQUEST_TIMEOUT_MS, () => {
      request.destroy();
      resolve("timeout");
    });
    request.on("error", () => resolve("reset"));
  });
}

/** The peak resident memory of a process (VmHWM), in MB; null where /proc is not there. */
function peakMemoryMB(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** Sends `totalBytes` as a server action body; reports what the server had taken when it answered. */
function bigBody(server: RunningServer, actionId: string, cookie: string, totalBytes: number) {
  const { hostname, port } = new URL(server.url);
  const boundary = "----reliability-boundary";
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_1_caption"\r\n\r\n`);
  return new Promise<{ status: number | "reset" | "timeout"; ms: number; sentBytes: number }>((resolve) => {
    const started = performance.now();
    let sent = 0;
    let done = false;
    const finish = (status: number | "reset" | "timeout") => {
      if (done) return;
      done = true;
      request.destroy();
      resolve({ status, ms: Math.round(performance.now() - started), sentBytes: sent });
    };
    const request = http.request({
      host: hostname,
      port,
      path: "/admin/media",
      method: "POST",
      headers: {
        "Next-Action": actionId,
        Origin: server.url,
        Cookie: cookie,
        Accept: "text/x-component",
        "Content-Type": `multipart/form-data; boundary=${boundary}`,
        "Content-Length": String(totalBytes),
      },
    });
    request.on("response", (response) => {
      response.resume();
      finish(response.statusCode ?? 0);
    });
    request.on("error", () => finish("reset"));
    setTimeout(() => finish("timeout"), 60_000);
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const pump = () => {
      while (!done && sent < totalBytes) {
        const piece = sent === 0 ? Buffer.concat([head, chunk.subarray(head.length)]) : chunk.subarray(0, Math.min(chunk.length, totalBytes - sent));
        sent += piece.length;
        if (!request.write(piece)) {
          request.once("drain", pump);
          return;
        }
      }
      if (!done) request.end();
    };
    pump();
  });
}

export default {
  name: "Bad input",
  async run(ctx): Promise<PartReport> {
    const report: PartReport = { tried: [], held: [], failed: [] };
    const databaseFile = freshDatabase("bad-input", "demo");
    const sqlite = new Database(databaseFile, { readonly: true });
    const server = await startServer({ database: databaseFile, distDir: ctx.distDir });
    try {
      // 1. Public routes with hostile parameters and query strings.
      const publicRoutes = listRoutes(ctx.distDir).filter((r) => r.permissions.length === 0 && !r.signedIn && r.methods.includes("GET"));
      const realValue = (pattern: string, index: number): string => {
        const segments = pattern.split("/");
        const table = { articles: "Article", authors: "Author", sections: "Section", tags: "Tag" }[segments[index - 1] ?? ""];
        if (table) return (sqlite.prepare(`SELECT slug AS v FROM "${table}" ORDER BY rowid LIMIT 1`).get() as { v: string }).v;
        if (segments[index - 1] === "media") return (sqlite.prepare(`SELECT key AS v FROM Media ORDER BY rowid LIMIT 1`).get() as { v: string }).v;
        if (segments[index - 1] === "sitemaps") return "articles-1.xml";
        return "about";
      };
      const urls: { route: string; label: string; path: string }[] = [];
      for (const route of publicRoutes) {
        const segments = route.pattern.split("/");
        const params = segments.map((s, i) => (/^\[/.test(s) ? i : -1)).filter((i) => i >= 0);
        const real = segments.map((s, i) => (params.includes(i) ? encodeURIComponent(realValue(route.pattern, i)) : s));
        for (const [label, query] of Object.entries(QUERIES)) urls.push({ route: route.pattern, label, path: `${real.join("/") || "/"}?${query}` });
        for (const i of params) {
          for (const [label, segment] of Object.entries(SEGMENTS)) {
            const bad = [...real];
            bad[i] = segment;
            urls.push({ route: route.pattern, label: `${label} as ${segments[i]}`, path: bad.join("/") });
          }
        }
        if (params.length === 0) {
          for (const [label, segment] of Object.entries(SEGMENTS)) urls.push({ route: route.pattern, label: `${label} appended`, path: `${real.join("/")}/${segment}` });
        }
      }
      const statuses = new Map<string, number>();
      const failures = new Map<string, string[]>();
      let slowest = 0;
      for (const url of urls) {
        const started = performance.now();
        const status = await rawGet(server, url.path);
        slowest = Math.max(slowest, performance.now() - started);
        // Node refuses a request head over its 16 KB limit (431) and may close the socket before
        // the client has finished writing it: a refusal too.
        const tooLong = url.path.length > NODE_MAX_HEADER_BYTES;
        const key = typeof status === "number" ? `${status}` : tooLong ? "closed (head over 16 KB)" : status;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (status === "timeout" || (status === "reset" && !tooLong) || (typeof status === "number" && status >= 500)) {
          const kind = `${url.label.replace(/ (as|appended).*$/, "")} → ${status}`;
          failures.set(kind, [...(failures.get(kind) ?? []), url.path.length > 80 ? `${url.path.slice(0, 80)}…` : url.path]);
        }
      }
      // One line per kind of input and answer, with a few of the paths.
      for (const [kind, paths] of failures) {
        report.failed.push(`GET with ${kind} on ${paths.length} paths, e.g. ${paths.slice(0, 3).join(", ")}`);
      }
      report.tried.push(`sent ${urls.length.toLocaleString("en")} requests with hostile parameters and query strings to ${publicRoutes.length} public routes`);
      report.held.push(
        `answers: ${[...statuses].sort().map(([s, n]) => `${n}× ${s}`).join(", ")}; slowest ${Math.round(slowest)} ms`,
      );

      // 2. Every server action, as an admin, with oversized and malformed fields. Each call has
      // its own session, made beforehand: an action such as sign-out ends the one it is given.
      const actions = listServerActions(ctx.distDir);
      const VARIANTS = 4;
      const sessions: string[][] = [];
      for (const _action of actions) {
        const cookies: string[] = [];
        for (let v = 0; v <= VARIANTS; v++) cookies.push((await sessionFor(databaseFile, "ADMIN")).cookie);
        sessions.push(cookies);
      }
      const before = await databaseDigest(databaseFile, ["Session"]);
      let actionCalls = 0;
      let validationErrors = 0;
      const skipped: string[] = [];
      for (const [index, action] of actions.entries()) {
        const [probeCookie, ...cookies] = sessions[index]!;
        // Learn the form's fields from the action's own answer to an empty form.
        const probe = await callAction(server.url, action.id, { cookie: probeCookie, fields: {} });
        const fields = Object.keys(probe.result?.fieldErrors ?? {}).filter((f) => f !== "form");
        if (fields.length === 0) {
          skipped.push(`${action.name} (${probe.result?.message ?? probe.redirect ?? probe.status})`);
          continue;
        }
        const ids = fields.filter((f) => /id$/i.test(f));
        const variants: Record<string, Record<string, string | string[]>> = {
          "100 KB in every field": Object.fromEntries(fields.map((f) => [f, HUGE])),
          "every field repeated": Object.fromEntries(fields.map((f) => [f, ["1", "2"]])),
          "ids as path traversal": Object.fromEntries(fields.map((f) => [f, ids.includes(f) ? "../../etc/passwd" : ""])),
          "6,000 null bytes and lone surrogates in every field": Object.fromEntries(fields.map((f) => [f, "\u0000\uD800".repeat(3000)])),
        };
        for (const [i, [label, values]] of Object.entries(variants).entries()) {
          actionCalls++;
          const response = await callAction(server.url, action.id, { cookie: cookies[i], fields: values, path: "/admin" });
          if (response.status >= 500) report.failed.push(`${action.name} with ${label}: ${response.status}`);
          else if (!response.result || response.result.ok) report.failed.push(`${action.name} with ${label}: no validation error (${response.status} ${response.result?.message ?? response.redirect ?? response.text.slice(0, 200)})`);
          else if (!response.result.message) report.failed.push(`${action.name} with ${label}: an error without a message`);
          else validationErrors++;
        }
      }
      const changed = changedTables(before, await databaseDigest(databaseFile, ["Session"]));
      report.tried.push(`posted ${actionCalls} oversized or malformed forms to ${actions.length - skipped.length} server actions as an admin`);
      if (skipped.length) report.tried.push(`skipped ${skipped.length} that take no fields: ${skipped.join(", ")}`);
      if (validationErrors === actionCalls) report.held.push(`every one answered with a validation message`);
      if (changed.length) report.failed.push(`malformed forms changed ${changed.join(", ")}`);
      else report.held.push("the database digest is unchanged");

      // 3. Hostile uploads through the media library's upload action.
      const upload = actions.find((a) => a.name === "uploadMediaAction");
      if (!upload) throw new Error("uploadMediaAction is not in the build");
      const editor = await sessionFor(databaseFile, "EDITOR");
      const mediaBefore = (sqlite.prepare(`SELECT count(*) AS n FROM Media`).get() as { n: number }).n;
      const uploadsBefore = new Set(fs.readdirSync(uploadsDirFor(databaseFile)));
      const payload = `<html><script>alert(document.cookie)</script></html>`;
      const hostile: { label: string; file: File; refused: boolean }[] = [
        { label: "HTML claiming to be a JPEG", file: new File([payload], "photo.jpg", { type: "image/jpeg" }), refused: true },
        { label: "an SVG with a script", file: new File([`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>`], "logo.svg", { type: "image/svg+xml" }), refused: true },
        { label: "a PNG declaring 100,000 × 100,000 pixels", file: new File([new Uint8Array(decompressionBomb())], "bomb.png", { type: "image/png" }), refused: true },
        { label: "a JPEG with HTML/JS in a comment segment", file: new File([new Uint8Array(await jpegWithScript(payload))], "comment.jpg", { type: "image/jpeg" }), refused: false },
      ];
      for (const item of hostile) {
        const started = performance.now();
        const response = await callAction(server.url, upload.id, { cookie: editor.cookie, path: "/admin/media", fields: { file: item.file, alt: "Reliability test image", caption: "", credit: "" } });
        const ms = Math.round(performance.now() - started);
        const accepted = response.result?.ok === true;
        if (response.status >= 500) report.failed.push(`upload of ${item.label}: ${response.status}`);
        else if (item.refused && accepted) report.failed.push(`upload of ${item.label} was accepted`);
        else if (item.refused) report.held.push(`${item.label}: refused in ${ms} ms ("${response.result?.fieldErrors?.file?.[0] ?? response.result?.message}")`);
        else if (!accepted) report.held.push(`${item.label}: refused in ${ms} ms ("${response.result?.fieldErrors?.file?.[0] ?? response.result?.message}")`);
      }
      // Whatever was stored is re-encoded pixels: no stored byte carries the payload.
      const newDirs = fs.readdirSync(uploadsDirFor(databaseFile)).filter((d) => !uploadsBefore.has(d));
      let storedFiles = 0;
      for (const dir of newDirs) {
        for (const file of fs.readdirSync(path.join(uploadsDirFor(databaseFile), dir))) {
          storedFiles++;
          const bytes = fs.readFileSync(path.join(uploadsDirFor(databaseFile), dir, file));
          if (bytes.includes("<script") || bytes.includes("alert(")) report.failed.push(`stored ${dir}/${file} still carries the script payload`);
          const response = await fetch(`${server.url}/media/${dir}/${file}`);
          await response.arrayBuffer();
          if (!/^image\/(webp|jpeg|png|avif|gif)$/.test(response.headers.get("content-type") ?? "") || response.headers.get("x-content-type-options") !== "nosniff") {
            report.failed.push(`/media/${dir}/${file} is served as ${response.headers.get("content-type")} without nosniff`);
          }
        }
      }
      const mediaAfter = await countRows(databaseFile, "Media");
      report.tried.push(`uploaded ${hostile.length} hostile files (${hostile.map((h) => h.label).join("; ")})`);
      report.held.push(`${mediaAfter - mediaBefore} stored (the JPEG, re-encoded into ${storedFiles} variants with no trace of the payload, served as images with nosniff)`);

      // 4. A 50 MB body to the upload action: refused near the 11 MB action limit, never held in
      // memory whole (the server's peak resident memory is read from /proc before and after).
      const peakBefore = peakMemoryMB(server.pid);
      const big = await bigBody(server, upload.id, editor.cookie, 50 * 1024 * 1024);
      const peakAfter = peakMemoryMB(server.pid);
      const health = await fetch(`${server.url}/api/health`).then((r) => r.status);
      const grew = peakBefore !== null && peakAfter !== null ? peakAfter - peakBefore : null;
      report.tried.push("sent a 50 MB body to the upload action");
      const line = `50 MB body: answered ${big.status} after ${big.ms} ms with ${(big.sentBytes / 1048576).toFixed(0)} MB taken; peak server memory ${grew === null ? "not measured" : `+${grew} MB`}; /api/health then ${health}`;
      // 413 (or a closed connection) is the right answer; a 5xx is not.
      const refusedCleanly = typeof big.status === "number" ? big.status >= 400 && big.status < 500 : big.status === "reset";
      if (!refusedCleanly || big.ms > 15_000 || (grew !== null && grew > 40) || health !== 200) report.failed.push(`${line} (expected a 4xx within 15 s and under 40 MB)`);
      else report.held.push(line);
    } finally {
      sqlite.close();
      await server.stop();
    }
    return report;
  },
} satisfies ReliabilityPart;
