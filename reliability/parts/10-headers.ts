/**
 * Part 1: security headers on every kind of page, the session cookie from the emailed-link
 * sign-in (plain http and an https SITE_URL), and the pages in Chromium: no Content-Security-
 * Policy violation, and the comment form still posts with JavaScript on.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { chromium, type Browser } from "playwright-core";
import { freePort } from "../../scripts/lib/free-port";
import { SESSION_HINT_COOKIE } from "../../lib/auth/session-hint";
import { callAction } from "../support/actions";
import { listServerActions } from "../support/app-map";
import { freshDatabase, sessionFor } from "../support/database";
import { startMailSink } from "../support/mail";
import { ROOT } from "../support/paths";
import { startServer, uploadsDirFor, type RunningServer } from "../support/server";
import type { PartReport, ReliabilityPart } from "../types";

const CSP_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"];

interface PageToCheck {
  kind: string;
  path: string;
  /** Sent as Cookie; pages behind sign-in. */
  cookie?: string;
  /** Opened in Chromium too (HTML pages). */
  html: boolean;
}

/** The cookie that puts Next.js in draft mode for this build (pages then render per request). */
function draftModeCookie(distDir: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as { preview: { previewModeId: string } };
  return `__prerender_bypass=${manifest.preview.previewModeId}`;
}

function pagesToCheck(databaseFile: string, reader: string, editor: string, distDir: string): PageToCheck[] {
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    const one = (sql: string) => (sqlite.prepare(sql).get() as { v: string } | undefined)?.v ?? "missing";
    const mediaKey = one(`SELECT key AS v FROM Media ORDER BY rowid LIMIT 1`);
    const mediaFile = fs.readdirSync(path.join(uploadsDirFor(databaseFile), mediaKey)).find((f) => f.endsWith(".webp")) ?? "missing";
    return [
      { kind: "front page", path: "/", html: true },
      { kind: "article", path: `/articles/${one(`SELECT slug AS v FROM Article WHERE status = 'PUBLISHED' ORDER BY publishedAt DESC LIMIT 1`)}`, html: true },
      { kind: "article in draft mode", path: `/articles/${one(`SELECT slug AS v FROM Article WHERE status = 'PUBLISHED' ORDER BY publishedAt ASC LIMIT 1`)}`, cookie: draftModeCookie(distDir), html: true },
      { kind: "author", path: `/authors/${one(`SELECT slug AS v FROM Author ORDER BY rowid LIMIT 1`)}`, html: true },
      { kind: "section", path: `/sections/${one(`SELECT slug AS v FROM Section ORDER BY rowid LIMIT 1`)}`, html: true },
      { kind: "tag", path: `/tags/${one(`SELECT slug AS v FROM Tag ORDER BY rowid LIMIT 1`)}`, html: true },
      { kind: "search", path: "/search?q=model", html: true },
      { kind: "feed", path: "/feed.xml", html: false },
      { kind: "sitemap", path: "/sitemap.xml", html: false },
      { kind: "sign-in", path: "/signin", html: true },
      { kind: "account", path: "/account", cookie: reader, html: true },
      { kind: "admin page", path: "/admin/articles", cookie: editor, html: true },
      { kind: "route handler", path: "/api/health", html: false },
      { kind: "404 page", path: "/no-such-page-here", html: true },
      { kind: "media file", path: `/media/${mediaKey}/${mediaFile}`, html: false },
    ];
  } finally {
    sqlite.close();
  }
}

/** A directive's sources in one policy, falling back to default-src as browsers do. */
function sourcesOf(policy: string, name: string): string | undefined {
  const directives = policy.split(";").map((d) => d.trim());
  return (directives.find((d) => d.startsWith(`${name} `)) ?? directives.find((d) => d.startsWith("default-src ")))?.replace(/\s+/g, " ");
}

/**
 * Whether the policies a response carries (a browser enforces each) let an arbitrary inline
 * script or style in: only if every policy does ('unsafe-inline' without a nonce or hash).
 */
function allowsAnyInline(csp: string, directive: "script-src" | "style-src"): boolean {
  return csp.split(",").every((policy) => {
    const sources = sourcesOf(policy, directive);
    return sources === undefined || (sources.includes("'unsafe-inline'") && !/'(?:nonce|sha256)-/.test(sources));
  });
}

/** What is wrong with one response's security headers (empty: nothing). */
function headerProblems(headers: Headers, https: boolean, html: boolean): string[] {
  const problems: string[] = [];
  const csp = headers.get("content-security-policy");
  if (!csp) problems.push("no Content-Security-Policy");
  else {
    if (csp.includes("unsafe-eval")) problems.push("CSP allows 'unsafe-eval'");
    if (html && allowsAnyInline(csp, "script-src")) problems.push("CSP lets any inline script run");
    if (html && allowsAnyInline(csp, "style-src")) problems.push("CSP lets any inline style in");
    const directives = csp.split(";").map((d) => d.trim().replace(/\s+/g, " "));
    for (const wanted of CSP_DIRECTIVES) {
      const [name] = wanted.split(" ");
      const found = directives.find((d) => d.startsWith(`${name} `));
      if (!found || !found.includes(wanted.slice(name!.length + 1))) problems.push(`CSP lacks ${wanted}`);
    }
  }
  if (headers.get("x-content-type-options") !== "nosniff") problems.push("X-Content-Type-Options is not nosniff");
  if (!headers.get("referrer-policy")) problems.push("no Referrer-Policy");
  if (!headers.get("permissions-policy")) problems.push("no Permissions-Policy");
  const hsts = headers.get("strict-transport-security");
  if (https && !/max-age=\d{7,}/.test(hsts ?? "")) problems.push(`no HSTS with a long max-age under an https SITE_URL (${hsts ?? "none"})`);
  if (!https && hsts) problems.push("HSTS sent under an http SITE_URL");
  return problems;
}

async function checkHeaders(server: RunningServer, pages: PageToCheck[], https: boolean, report: PartReport) {
  let clean = 0;
  for (const page of pages) {
    const response = await fetch(`${server.url}${page.path}`, { redirect: "manual", headers: page.cookie ? { Cookie: page.cookie } : {} });
    await response.arrayBuffer();
    const expected = page.kind === "404 page" ? 404 : 200;
    const problems = headerProblems(response.headers, https, page.html);
    if (response.status !== expected) problems.unshift(`status ${response.status}, expected ${expected}`);
    if (problems.length) report.failed.push(`${https ? "https" : "http"} ${page.kind} ${page.path}: ${problems.join("; ")}`);
    else clean++;
  }
  report.tried.push(`checked the security headers of ${pages.length} kinds of page with SITE_URL ${https ? "https" : "http"} (${pages.map((p) => p.kind).join(", ")})`);
  if (clean === pages.length) report.held.push(`all ${clean} ${https ? "https" : "http"} responses carry the CSP, nosniff, Referrer-Policy, Permissions-Policy${https ? " and HSTS" : " (and no HSTS)"}`);
}

/** Signs in through the emailed link and returns the Set-Cookie line of the session cookie. */
async function sessionCookieFromEmailSignIn(server: RunningServer, mail: Awaited<ReturnType<typeof startMailSink>>, distDir: string, email: string) {
  const action = listServerActions(distDir).find((a) => a.name === "requestSignInLinkAction");
  if (!action) throw new Error("requestSignInLinkAction is not in the build");
  const requested = await callAction(server.url, action.id, { path: "/signin", fields: { email, callbackUrl: "/account" } });
  if (!requested.redirect?.includes("/signin/check-email")) throw new Error(`the sign-in request was not accepted: ${requested.status} ${requested.result?.message ?? requested.text.slice(0, 200)}`);
  const message = await mail.waitForMail(email);
  const link = message.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S*/)?.[0];
  if (!link) throw new Error(`no sign-in link in the email:\n${message.text}`);
  const url = new URL(link);
  // Opened in the browser that asked: it carries the cookie the request set (lib/auth/sign-in-link.ts).
  const response = await fetch(`${server.url}${url.pathname}${url.search}`, { redirect: "manual", headers: { Cookie: requested.cookies.join("; ") } });
  await response.arrayBuffer();
  const cookie = response.headers.getSetCookie().find((c) => /next-auth\.session-token=/.test(c));
  if (!cookie) throw new Error(`the sign-in link set no session cookie (${response.status}, ${response.headers.getSetCookie().join(" | ")})`);
  return cookie;
}

function cookieProblems(setCookie: string, https: boolean): string[] {
  const attributes = setCookie.split(";").map((a) => a.trim().toLowerCase());
  const problems: string[] = [];
  if (!attributes.includes("httponly")) problems.push("not HttpOnly");
  if (!attributes.includes("samesite=lax")) problems.push("not SameSite=Lax");
  if (https && !attributes.includes("secure")) problems.push("not Secure under an https SITE_URL");
  if (https && !setCookie.startsWith("__Secure-")) problems.push("not named __Secure-… under an https SITE_URL");
  return problems;
}

async function checkInBrowser(browser: Browser, server: RunningServer, pages: PageToCheck[], reader: string, editor: string, databaseFile: string, report: PartReport) {
  const context = await browser.newContext();
  const cookieValue = (header: string) => header.slice(header.indexOf("=") + 1);
  // What a sign-in leaves in the browser: the session, and the hint that makes cached pages ask who is looking.
  const signedIn = (session: string) => [
    { name: "next-auth.session-token", value: cookieValue(session), url: server.url, httpOnly: true, sameSite: "Lax" as const },
    { name: SESSION_HINT_COOKIE, value: "1", url: server.url, sameSite: "Lax" as const },
  ];
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`));
  });
  const consoleLines: string[] = [];
  let violations = 0;
  let opened = 0;
  try {
    const page = await context.newPage();
    page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => consoleLines.push(`pageerror: ${e.message}`));
    for (const target of pages.filter((p) => p.html)) {
      await context.clearCookies();
      const cookie = target.cookie === reader ? reader : target.cookie === editor ? editor : undefined;
      if (cookie) await context.addCookies(signedIn(cookie));
      else if (target.cookie) {
        const [name = "", value = ""] = target.cookie.split("=", 2);
        await context.addCookies([{ name, value, url: server.url }]);
      }
      const before = consoleLines.length;
      await page.goto(`${server.url}${target.path}`, { waitUntil: "networkidle" });
      opened++;
      const seen = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      const cspConsole = consoleLines.slice(before).filter((l) => /Content Security Policy|Content-Security-Policy/i.test(l));
      if (seen.length || cspConsole.length) {
        violations += seen.length + cspConsole.length;
        report.failed.push(`Chromium, ${target.kind} ${target.path}: ${[...seen, ...cspConsole].slice(0, 3).join(" | ")}`);
      }
    }

    // Interactive: the comment form posts with JavaScript on.
    await context.clearCookies();
    await context.addCookies(signedIn(reader));
    const article = pages.find((p) => p.kind === "article")!;
    await page.goto(`${server.url}${article.path}`, { waitUntil: "networkidle" });
    const text = `Posted with JavaScript on, ${Date.now()}.`;
    await page.locator("#comment-form textarea[name=body]").fill(text);
    await page.locator("#comment-form button[type=submit]").click();
    await page.getByText(/Your comment was posted|waiting for a moderator/).first().waitFor({ timeout: 15_000 });
    const seen = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    const sqlite = new Database(databaseFile, { readonly: true });
    const stored = (sqlite.prepare(`SELECT count(*) AS n FROM Comment WHERE body = ?`).get(text) as { n: number }).n;
    sqlite.close();
    report.tried.push(`opened ${opened} HTML pages in Chromium and posted a comment through the form with JavaScript on`);
    if (stored === 1 && seen.length === 0) report.held.push("the comment form posted by fetch (no reload) and the comment was stored once, with no CSP violation");
    else report.failed.push(`comment form with JavaScript: ${stored} stored, violations: ${seen.join(" | ")}`);
    if (violations === 0) report.held.push(`zero CSP violations (securitypolicyviolation events and console) across ${opened} pages; ${consoleLines.length} console messages in all`);
  } finally {
    await context.close();
  }
  const errors = consoleLines.filter((l) => l.startsWith("error") || l.startsWith("pageerror"));
  if (errors.length) report.tried.push(`console errors seen: ${errors.slice(0, 3).join(" | ")}`);
}

export default {
  name: "Headers and cookies",
  async run(ctx): Promise<PartReport> {
    const report: PartReport = { tried: [], held: [], failed: [] };
    const mail = await startMailSink();
    const databaseFile = freshDatabase("headers", "demo");
    const reader = (await sessionFor(databaseFile, "READER")).cookie;
    const editor = (await sessionFor(databaseFile, "EDITOR")).cookie;
    const pages = pagesToCheck(databaseFile, reader, editor, path.join(ROOT, ctx.distDir));

    // Plain http, as in development or behind a TLS-terminating proxy on the same host.
    const server = await startServer({ database: databaseFile, distDir: ctx.distDir, env: { SMTP_URL: mail.smtpUrl, DEMO_MODE: "false" } });
    let browser: Browser | undefined;
    try {
      await checkHeaders(server, pages, false, report);
      const cookie = await sessionCookieFromEmailSignIn(server, mail, ctx.distDir, "headers-http@reliability.example");
      const problems = cookieProblems(cookie, false);
      report.tried.push("signed in through the emailed link with SITE_URL http");
      if (problems.length) report.failed.push(`http session cookie: ${problems.join(", ")}`);
      else report.held.push("http session cookie: HttpOnly, SameSite=Lax");

      browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
      await checkInBrowser(browser, server, pages, reader, editor, databaseFile, report);
    } finally {
      await browser?.close();
      await server.stop();
    }

    // The same build with an https SITE_URL (TLS is the proxy's): HSTS and a Secure cookie.
    const secureDatabase = freshDatabase("headers-https", "demo");
    const secureReader = (await sessionFor(secureDatabase, "READER", { secure: true })).cookie;
    const secureEditor = (await sessionFor(secureDatabase, "EDITOR", { secure: true })).cookie;
    const securePort = await freePort();
    const secure = await startServer({
      port: securePort,
      database: secureDatabase,
      distDir: ctx.distDir,
      env: { SITE_URL: `https://127.0.0.1:${securePort}`, SMTP_URL: mail.smtpUrl, DEMO_MODE: "false" },
    });
    try {
      await checkHeaders(secure, pagesToCheck(secureDatabase, secureReader, secureEditor, path.join(ROOT, ctx.distDir)), true, report);
      const cookie = await sessionCookieFromEmailSignIn(secure, mail, ctx.distDir, "headers-https@reliability.example");
      const problems = cookieProblems(cookie, true);
      report.tried.push("signed in through the emailed link with SITE_URL https");
      if (problems.length) report.failed.push(`https session cookie: ${problems.join(", ")}`);
      else report.held.push("https session cookie: __Secure- name, HttpOnly, SameSite=Lax, Secure");
    } finally {
      await secure.stop();
      await mail.stop();
    }
    return report;
  },
} satisfies ReliabilityPart;
