/**
 * Part 2: requests from another site. Every server action (proxy.ts answers a foreign Origin with
 * a 403 before Next.js, which compares Origin with Host too, reads it) and every state-changing
 * route handler (lib/request/origin.ts) refuses a foreign Origin even
 * with a valid session, and nothing changes in the database. The same requests from the site's
 * own origin succeed, so a refusal is the origin check's doing.
 */
import Database from "better-sqlite3";
import { createUnsubscribeToken } from "../../lib/comments/unsubscribe-token";
import { callAction } from "../support/actions";
import { listRoutes, listServerActions } from "../support/app-map";
import { changedTables, databaseDigest, freshDatabase, sessionFor } from "../support/database";
import { RELIABILITY_AUTH_SECRET, startServer } from "../support/server";
import type { PartReport, ReliabilityPart } from "../types";

/** Another site, another port of this host, this server under another host name, and an opaque origin. */
function foreignOrigins(port: number): string[] {
  return ["https://evil.example", `http://127.0.0.1:${port + 1}`, `http://localhost:${port}`, "null"];
}

/** next-auth's POST endpoints under /api/auth (next-auth 4: signin, callback, signout, session, _log). */
const NEXT_AUTH_POSTS = ["/api/auth/signin/github", "/api/auth/signin/email", "/api/auth/callback/email", "/api/auth/signout", "/api/auth/session", "/api/auth/_log"];

export default {
  name: "Cross-site requests",
  async run(ctx): Promise<PartReport> {
    const report: PartReport = { tried: [], held: [], failed: [] };
    const databaseFile = freshDatabase("cross-origin", "demo");
    const sqlite = new Database(databaseFile);
    const server = await startServer({ database: databaseFile, distDir: ctx.distDir });
    const fail = (line: string) => report.failed.push(line);
    const FOREIGN_ORIGINS = foreignOrigins(server.port);
    try {
      const actions = listServerActions(ctx.distDir);
      const byName = new Map(actions.map((a) => [a.name, a]));
      const admin = await sessionFor(databaseFile, "ADMIN");
      const reader = await sessionFor(databaseFile, "READER");
      const article = sqlite.prepare(`SELECT id, slug FROM Article WHERE status = 'PUBLISHED' ORDER BY rowid LIMIT 1`).get() as { id: string; slug: string };
      const commentsBy = (userId: string) => (sqlite.prepare(`SELECT count(*) AS n FROM Comment WHERE userId = ?`).get(userId) as { n: number }).n;
      const tagsNamed = (name: string) => (sqlite.prepare(`SELECT count(*) AS n FROM Tag WHERE name = ?`).get(name) as { n: number }).n;

      // 1. Server actions: every one, from every foreign origin, as an admin (who may do anything).
      const before = await databaseDigest(databaseFile);
      let refused = 0;
      const real: { action: string; cookie: string; path: string; fields: Record<string, string> }[] = [
        { action: "postCommentAction", cookie: reader.cookie, path: `/articles/${article.slug}`, fields: { articleId: article.id, body: "Posted from another site." } },
        { action: "saveTagAction", cookie: admin.cookie, path: "/admin/tags", fields: { name: "Cross-site tag", slug: "", description: "" } },
      ];
      for (const origin of FOREIGN_ORIGINS) {
        for (const action of actions) {
          const realCall = real.find((r) => r.action === action.name);
          const response = await callAction(server.url, action.id, {
            origin,
            cookie: realCall?.cookie ?? admin.cookie,
            path: realCall?.path ?? "/",
            fields: realCall?.fields ?? { reliability: "probe" },
          });
          if (response.result === null && response.redirect === null && response.status === 403) refused++;
          else fail(`${action.name} from Origin ${origin}: not refused (${response.status} ${response.result?.message ?? response.redirect ?? ""})`);
        }
      }
      const after = await databaseDigest(databaseFile);
      report.tried.push(`posted all ${actions.length} server actions from ${FOREIGN_ORIGINS.length} foreign origins with an admin's session (${actions.length * FOREIGN_ORIGINS.length} requests; a comment and a tag with valid input)`);
      if (refused === actions.length * FOREIGN_ORIGINS.length) report.held.push(`all ${refused} refused with 403 by the proxy's Origin check before Next.js read them`);
      const changed = changedTables(before, after);
      if (changed.length) fail(`cross-site actions changed ${changed.join(", ")}`);
      else report.held.push("the database digest is unchanged");

      // The same two real actions from the site itself go through: the refusals were the origin's.
      for (const r of real) {
        const response = await callAction(server.url, byName.get(r.action)!.id, { cookie: r.cookie, path: r.path, fields: r.fields });
        if (!response.result?.ok) fail(`${r.action} from the site's own origin failed: ${response.status} ${response.result?.message}`);
      }
      if (commentsBy(reader.userId) === 1 && tagsNamed("Cross-site tag") === 1) report.held.push("the same comment and tag posted from the site's own origin were stored once each");
      else fail(`same-origin control: ${commentsBy(reader.userId)} comments, ${tagsNamed("Cross-site tag")} tags stored (expected 1 and 1)`);

      // 2. Route handlers: every non-GET method the build serves, plus next-auth's POST endpoints.
      const writes = listRoutes(ctx.distDir).flatMap((r) => r.methods.filter((m) => m !== "GET" && m !== "HEAD").map((method) => ({ route: r, method })));
      const targets = writes.flatMap(({ route, method }) =>
        route.pattern === "/api/auth/[...nextauth]" ? NEXT_AUTH_POSTS.map((path) => ({ path, method })) : [{ path: route.pattern.replace(/\[(\.\.\.)?\w+\]/g, "probe"), method }],
      );
      const beforeRoutes = await databaseDigest(databaseFile);
      let routeRefusals = 0;
      for (const { path, method } of targets) {
        for (const origin of FOREIGN_ORIGINS) {
          const response = await fetch(`${server.url}${path}`, { method, redirect: "manual", headers: { Origin: origin, Cookie: admin.cookie }, body: new URLSearchParams({ reliability: "probe" }) });
          await response.arrayBuffer();
          if (response.status === 403) routeRefusals++;
          else fail(`${method} ${path} from Origin ${origin}: ${response.status}, expected 403`);
        }
      }
      report.tried.push(`sent ${targets.length * FOREIGN_ORIGINS.length} cross-site requests to ${targets.length} state-changing route handler endpoints (${writes.map((w) => `${w.method} ${w.route.pattern}`).join(", ")})`);
      if (routeRefusals === targets.length * FOREIGN_ORIGINS.length) report.held.push(`all ${routeRefusals} answered 403`);
      const changedByRoutes = changedTables(beforeRoutes, await databaseDigest(databaseFile));
      if (changedByRoutes.length) fail(`cross-site route requests changed ${changedByRoutes.join(", ")}`);

      // next-auth sign-out with a valid session and CSRF token: refused cross-site, works same-site.
      const csrf = await fetch(`${server.url}/api/auth/csrf`, { headers: { Cookie: admin.cookie } });
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const csrfCookie = (csrf.headers.getSetCookie().find((c) => c.includes("csrf-token")) ?? "").split(";")[0];
      const signOut = (origin: string) =>
        fetch(`${server.url}/api/auth/signout`, {
          method: "POST",
          redirect: "manual",
          headers: { Origin: origin, Cookie: `${admin.cookie}; ${csrfCookie}`, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ csrfToken }),
        });
      const sessionsOf = (userId: string) => (sqlite.prepare(`SELECT count(*) AS n FROM Session WHERE userId = ?`).get(userId) as { n: number }).n;
      const crossSignOut = await signOut("https://evil.example");
      const afterCross = sessionsOf(admin.userId);
      const sameSignOut = await signOut(server.url);
      const afterSame = sessionsOf(admin.userId);
      report.tried.push("signed out through next-auth with a valid session and CSRF token, from another site and from the site");
      if (crossSignOut.status === 403 && afterCross === 1 && sameSignOut.status < 400 && afterSame === 0) {
        report.held.push("cross-site: 403 and the session kept; same-site: signed out");
      } else {
        fail(`next-auth sign-out: cross-site ${crossSignOut.status} (sessions ${afterCross}), same-site ${sameSignOut.status} (sessions ${afterSame})`);
      }

      // One-click unsubscribe (RFC 8058): mail servers post without an Origin; a foreign one is refused.
      const comment = sqlite.prepare(`SELECT id FROM Comment ORDER BY rowid LIMIT 1`).get() as { id: string };
      sqlite.prepare(`UPDATE Comment SET notifyReplies = 1 WHERE id = ?`).run(comment.id);
      const notify = () => (sqlite.prepare(`SELECT notifyReplies AS n FROM Comment WHERE id = ?`).get(comment.id) as { n: number }).n;
      const unsubscribe = (origin: string | null) =>
        fetch(`${server.url}/unsubscribe?token=${encodeURIComponent(createUnsubscribeToken(comment.id, RELIABILITY_AUTH_SECRET))}`, {
          method: "POST",
          redirect: "manual",
          headers: { ...(origin ? { Origin: origin } : {}), "Content-Type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        });
      const foreign = await unsubscribe("https://evil.example");
      const stillOn = notify();
      const fromMailServer = await unsubscribe(null);
      const off = notify();
      report.tried.push("posted a valid one-click unsubscribe from another site and without an Origin (as a mail server does)");
      if (foreign.status === 403 && stillOn === 1 && fromMailServer.status === 303 && off === 0) report.held.push("foreign Origin: 403, still subscribed; no Origin: unsubscribed");
      else fail(`unsubscribe: foreign ${foreign.status} (notify ${stillOn}), no Origin ${fromMailServer.status} (notify ${off})`);
    } finally {
      sqlite.close();
      await server.stop();
    }
    return report;
  },
} satisfies ReliabilityPart;
