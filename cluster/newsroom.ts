/**
 * What people do on the site during the drill, done over HTTP against one app host the way the
 * site's own forms do it (server actions as React posts them): an editor publishes or schedules a
 * story and uploads an image; a reader signs in through the emailed link.
 */
import sharp from "sharp";
import { callAction } from "../reliability/support/actions";
import { listServerActions } from "../reliability/support/app-map";
import { jsonLines } from "../reliability/support/server";
import { withSql } from "../reliability/support/sql";
import type { AppHost } from "./hosts";

export interface Newsroom {
  /** Publishes a new story through `app`; returns its id and slug. */
  publish(app: AppHost, title: string): Promise<{ id: string; slug: string }>;
  /** Schedules a new story through `app` for `at` (whole minutes, UTC); returns its id and slug. */
  schedule(app: AppHost, title: string, at: Date): Promise<{ id: string; slug: string }>;
  /** Uploads a generated picture through `app`; returns its media key. */
  upload(app: AppHost, alt: string): Promise<string>;
  /** Signs a new reader in through `app` by the emailed link (written to its log); returns the session cookie. */
  signIn(app: AppHost, email: string): Promise<string>;
}

export async function newsroom(options: { databaseUrl: string; distDir: string; editorCookie: string }): Promise<Newsroom> {
  const actions = listServerActions(options.distDir);
  const actionId = (name: string) => {
    const found = actions.find((a) => a.name === name);
    if (!found) throw new Error(`${name} is not in the build`);
    return found.id;
  };
  const [author] = await withSql(options.databaseUrl, (sql) => sql.all<{ id: string }>(`SELECT "id" FROM "Author" ORDER BY "slug" LIMIT 1`));
  const [section] = await withSql(options.databaseUrl, (sql) => sql.all<{ id: string }>(`SELECT "id" FROM "Section" ORDER BY "position" LIMIT 1`));
  if (!author || !section) throw new Error("the seeded newsroom has no author or section");

  const save = async (app: AppHost, title: string, intent: "publish" | "schedule", scheduledAt = "") => {
    const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${Date.now().toString(36)}`;
    const answer = await callAction(app.url, actionId("saveArticleAction"), {
      path: "/admin/articles/new",
      cookie: options.editorCookie,
      fields: {
        title,
        slug,
        standfirst: `${title}: a story written for the cluster drill.`,
        body: `${title}.\n\nThe drill wrote this story through one app server and reads it through the others.`,
        heroImageId: "",
        heroAlt: "",
        heroCaption: "",
        heroCredit: "",
        sectionId: section.id,
        tags: "",
        authorIds: [author.id],
        seoTitle: "",
        seoDescription: "",
        commentsOpen: "on",
        articleId: "",
        version: "0",
        intent,
        scheduledAt,
      },
    });
    const id = /\/admin\/articles\/([a-z0-9]+)\?notice=/.exec(answer.redirect ?? "")?.[1];
    if (!id) throw new Error(`${intent} through ${app.name} was not accepted: ${answer.status} ${answer.result?.message ?? answer.text.slice(0, 300)}`);
    return { id, slug };
  };

  return {
    publish: (app, title) => save(app, title, "publish"),
    schedule: (app, title, at) => save(app, title, "schedule", at.toISOString().slice(0, 16)),
    async upload(app, alt) {
      const picture = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 20, g: 110, b: 90 } } })
        .png()
        .toBuffer();
      const answer = await callAction(app.url, actionId("uploadMediaAction"), {
        path: "/admin/media",
        cookie: options.editorCookie,
        fields: { alt, caption: "", credit: "", file: new File([new Uint8Array(picture)], "drill.png", { type: "image/png" }) },
        timeoutMs: 60_000,
      });
      const key = (answer.result?.data as { key?: string } | undefined)?.key;
      if (!answer.result?.ok || !key) throw new Error(`the upload through ${app.name} was not accepted: ${answer.status} ${answer.result?.message ?? answer.text.slice(0, 300)}`);
      return key;
    },
    async signIn(app, email) {
      const requested = await callAction(app.url, actionId("requestSignInLinkAction"), { path: "/signin", fields: { email, callbackUrl: "/account" } });
      if (!requested.redirect?.includes("/signin/check-email")) throw new Error(`the sign-in request through ${app.name} was not accepted: ${requested.status} ${requested.text.slice(0, 200)}`);
      const deadline = Date.now() + 15_000;
      let link: string | undefined;
      while (!link && Date.now() < deadline) {
        link = jsonLines(app.server().logs()).find((l) => l.event === "signin.link" && l.email === email)?.url as string | undefined;
        if (!link) await new Promise((r) => setTimeout(r, 100));
      }
      if (!link) throw new Error(`${app.name} logged no sign-in link for ${email}`);
      const url = new URL(link);
      // The link signs in only the browser that asked for it: send the cookie the request set.
      const response = await fetch(`${app.url}${url.pathname}${url.search}`, { redirect: "manual", headers: { Cookie: requested.cookies.join("; ") } });
      await response.arrayBuffer();
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
      if (!cookie) throw new Error(`the sign-in link on ${app.name} set no session cookie (${response.status})`);
      return cookie.split(";")[0]!;
    },
  };
}
