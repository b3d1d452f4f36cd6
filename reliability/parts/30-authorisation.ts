/**
 * Part 3: every admin page, route handler and server action the build serves (read from its
 * manifests) is called as a signed-out visitor, a reader and a contributor. Each must refuse
 * unless the permission its source declares (lib/auth/permissions.ts) allows that caller, and
 * no refused call may change the database.
 */
import Database from "better-sqlite3";
import { roleCan, type Permission } from "../../lib/auth/permissions";
import { NOT_ALLOWED_MESSAGE, SIGN_IN_FIRST_MESSAGE } from "../../lib/errors";
import { callAction } from "../support/actions";
import { listRoutes, listServerActions } from "../support/app-map";
import { changedTables, databaseDigest, freshDatabase, sessionFor } from "../support/database";
import { startServer } from "../support/server";
import type { PartReport, ReliabilityPart } from "../types";

type Caller = { label: string; role: "READER" | "CONTRIBUTOR" | null };
const CALLERS: Caller[] = [
  { label: "signed-out visitor", role: null },
  { label: "reader", role: "READER" },
  { label: "contributor", role: "CONTRIBUTOR" },
];

function allowed(caller: Caller, permissions: readonly Permission[], signedIn: boolean): boolean {
  if ((signedIn || permissions.length > 0) && !caller.role) return false;
  return permissions.every((p) => caller.role !== null && roleCan(caller.role, p));
}

/** Fills `[id]`, `[slug]`, `[...path]` with real ids and slugs from the seeded database. */
function concretePath(pattern: string, sqlite: Database.Database): string {
  const tables: Record<string, string> = { articles: "Article", authors: "Author", sections: "Section", tags: "Tag", media: "Media" };
  const segments = pattern.split("/");
  return segments
    .map((segment, i) => {
      const param = /^\[(\.\.\.)?(\w+)\]$/.exec(segment);
      if (!param) return segment;
      const table = tables[segments[i - 1] ?? ""];
      const column = param[2] === "slug" ? "slug" : "id";
      if (table) {
        const row = sqlite.prepare(`SELECT "${column}" AS value FROM "${table}" ORDER BY rowid LIMIT 1`).get() as { value: string } | undefined;
        if (row) return encodeURIComponent(row.value);
      }
      return "reliability-probe";
    })
    .join("/");
}

export default {
  name: "Authorisation sweep",
  async run(ctx): Promise<PartReport> {
    const report: PartReport = { tried: [], held: [], failed: [] };
    const databaseFile = freshDatabase("authorisation", "demo");
    const routes = listRoutes(ctx.distDir);
    const actions = listServerActions(ctx.distDir);
    const sqlite = new Database(databaseFile, { readonly: true });
    const server = await startServer({ database: databaseFile, distDir: ctx.distDir });
    try {
      // Undeclared actions are failures in themselves; they are still called, expecting refusal.
      for (const action of actions) {
        if (action.declared === null) report.failed.push(`${action.name} (${action.source}) declares no permission: build it with createAction`);
      }
      const sessions = new Map<Caller, string | undefined>();
      for (const c of CALLERS) sessions.set(c, c.role ? (await sessionFor(databaseFile, c.role)).cookie : undefined);
      const before = await databaseDigest(databaseFile);

      // Pages under /admin and every page a layout or the page itself gates.
      const gatedPages = routes.filter((r) => r.kind === "page" && (r.permissions.length > 0 || r.signedIn));
      let pageCalls = 0;
      let pageRefusals = 0;
      // A caller the role table admits may still be refused one particular record (a contributor and someone else's article).
      let resourceRefusals = 0;
      for (const route of gatedPages) {
        const path = concretePath(route.pattern, sqlite);
        for (const caller of CALLERS) {
          pageCalls++;
          const response = await fetch(`${server.url}${path}`, { redirect: "manual", headers: sessions.get(caller) ? { Cookie: sessions.get(caller)! } : {} });
          await response.arrayBuffer();
          const location = response.headers.get("location") ?? "";
          const refused = response.status === 403 || (response.status >= 300 && response.status < 400 && /\/signin\b/.test(location));
          const expected = !allowed(caller, route.permissions, route.signedIn);
          if (response.status >= 500) report.failed.push(`GET ${path} as ${caller.label}: ${response.status}`);
          else if (expected && !refused) report.failed.push(`GET ${path} as ${caller.label}: ${response.status}, expected a refusal (${route.permissions.join(", ") || "signed-in"})`);
          else if (!expected && refused && route.pattern.includes("[") && response.status === 403) resourceRefusals++;
          else if (!expected && refused) report.failed.push(`GET ${path} as ${caller.label}: refused (${response.status}) though ${route.permissions.join(", ")} allows it`);
          if (refused) pageRefusals++;
        }
      }
      report.tried.push(`opened ${gatedPages.length} gated pages as ${CALLERS.length} callers (${pageCalls} requests)`);
      report.held.push(
        `${pageRefusals} refusals (${resourceRefusals} of them by a record-level rule) and ${pageCalls - pageRefusals} admissions, each as the page's declared permission says`,
      );

      // Route handlers, every method they export, with an empty form body for writes.
      const handlers = routes.filter((r) => r.kind === "route");
      let handlerCalls = 0;
      for (const route of handlers) {
        const path = concretePath(route.pattern, sqlite);
        for (const method of route.methods) {
          for (const caller of CALLERS) {
            handlerCalls++;
            const headers: Record<string, string> = { Origin: server.url };
            if (sessions.get(caller)) headers.Cookie = sessions.get(caller)!;
            const response = await fetch(`${server.url}${path}`, {
              method,
              redirect: "manual",
              headers,
              body: method === "GET" || method === "HEAD" ? undefined : new URLSearchParams(),
            });
            await response.arrayBuffer();
            const refused = response.status === 401 || response.status === 403;
            const expected = !allowed(caller, route.permissions, route.signedIn);
            if (response.status >= 500) report.failed.push(`${method} ${path} as ${caller.label}: ${response.status}`);
            else if (expected && !refused) report.failed.push(`${method} ${path} as ${caller.label}: ${response.status}, expected 401/403 (${route.permissions.join(", ")})`);
          }
        }
      }
      report.tried.push(`called ${handlers.length} route handlers (${handlers.reduce((n, r) => n + r.methods.length, 0)} methods) as ${CALLERS.length} callers (${handlerCalls} requests)`);

      // Server actions that the caller may not use: each must refuse before looking at the input.
      let actionRefusals = 0;
      const admitted: { action: (typeof actions)[number]; caller: Caller }[] = [];
      for (const action of actions) {
        const permissions: Permission[] = action.declared === null || action.declared === "public" || action.declared === "signed-in" ? [] : [action.declared];
        for (const caller of CALLERS) {
          const may = action.declared === "public" || (action.declared !== null && allowed(caller, permissions, true));
          if (may) {
            admitted.push({ action, caller });
            continue;
          }
          const response = await callAction(server.url, action.id, { cookie: sessions.get(caller), fields: { reliability: "probe" } });
          const message = response.result?.message;
          const refusal = caller.role ? NOT_ALLOWED_MESSAGE : SIGN_IN_FIRST_MESSAGE;
          if (message === refusal || message === SIGN_IN_FIRST_MESSAGE) actionRefusals++;
          else report.failed.push(`${action.name} as ${caller.label}: not refused (${response.status} ${message ?? response.text.slice(0, 120)})`);
          if (response.result?.fieldErrors && Object.keys(response.result.fieldErrors).length > 0) {
            report.failed.push(`${action.name} as ${caller.label}: a refused caller was told about the input (${Object.keys(response.result.fieldErrors).join(", ")})`);
          }
        }
      }
      report.tried.push(`posted ${actions.length} server actions to callers not allowed to use them (${actions.length * CALLERS.length - admitted.length} calls)`);
      report.held.push(`${actionRefusals} refusals before any validation`);

      const after = await databaseDigest(databaseFile);
      const changed = changedTables(before, after);
      if (changed.length > 0) report.failed.push(`refused requests changed the database: ${changed.join(", ")}`);
      else report.held.push(`the database digest (${Object.keys(before.tables).length} tables) is unchanged after every refused request`);

      // Callers the table allows are not refused (their garbage input is the action's to judge).
      let admittedOk = 0;
      for (const { action, caller } of admitted) {
        const cookie = caller.role ? (await sessionFor(databaseFile, caller.role)).cookie : undefined;
        const response = await callAction(server.url, action.id, { cookie, fields: { reliability: "probe" } });
        const message = response.result?.message;
        if (response.status >= 500) report.failed.push(`${action.name} as ${caller.label}: ${response.status}`);
        else if (message === SIGN_IN_FIRST_MESSAGE || message === NOT_ALLOWED_MESSAGE) report.failed.push(`${action.name} as ${caller.label}: refused though ${action.declared} allows it`);
        else admittedOk++;
      }
      report.tried.push(`posted the same actions as the ${admitted.length} callers allowed to use them`);
      report.held.push(`${admittedOk} of ${admitted.length} allowed calls were admitted (and answered with their own validation)`);
    } finally {
      sqlite.close();
      await server.stop();
    }
    return report;
  },
} satisfies ReliabilityPart;
