import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { folderSource } from "@/lib/import/media-source";
import { readExportFile, runImport } from "@/lib/import/run";
import { createAuthor, createUser } from "@/test/factories";

const OWN = path.resolve("test/fixtures/imports/own");

afterAll(() => db.$disconnect());

const article = (slug: string) =>
  db.article.findUniqueOrThrow({
    where: { slug },
    include: { section: true, authors: { orderBy: { position: "asc" }, include: { author: { include: { links: { orderBy: { position: "asc" } } } } } }, tags: { include: { tag: true } }, comments: { include: { user: true } } },
  });

describe("the cases the shared exports lack", () => {
  it("WordPress: co-authors, a password-protected post, the primary category, shortcodes, comments and existing people", async () => {
    // A login with the first author's email, linked to her byline, and a reader who commented before.
    const rasaLogin = await createUser({ email: "rasa.vaitkute@example.com", role: "EDITOR" });
    const rasa = await createAuthor({ slug: "rasa-v", name: "Rasa V." });
    await db.author.update({ where: { id: rasa.id }, data: { userId: rasaLogin.id } });
    await createAuthor({ slug: "tomas-k", name: "TOMAS KAIRYS" });
    const lukas = await createUser({ email: "lukas.berg@example.com", name: "Lukas" });

    const report = await runImport({ system: "wordpress", file: await readExportFile(path.join(OWN, "wordpress-cases.xml")), media: folderSource(path.join(OWN, "uploads")), dryRun: false, actorId: null });

    expect(report.authors.map((a) => [a.name, a.action, a.matchedBy, a.slug])).toEqual([
      ["Rasa Vaitkutė", "match", "email", "rasa-v"],
      ["Tomas Kairys", "match", "name", "tomas-k"],
      ["Ona Petraitienė", "create", null, "ona-petraitiene"],
    ]);
    const night = await article("night-shift-container-terminal");
    expect(night.authors.map((a) => a.author.name)).toEqual(["Rasa V.", "Ona Petraitienė", "TOMAS KAIRYS"]);
    expect(night.section?.slug).toBe("shipping");
    expect(night.tags.map((t) => t.tag.slug).sort()).toEqual(["cranes", "ports"]);
    expect(night.commentsOpen).toBe(false);
    expect(night.standfirst).toBe("What the port looks like after midnight.");
    expect(night.body).toMatch(/!\[A gantry crane against an orange sky\]\(\/media\/m-[0-9a-f]+ "A gantry crane at dusk\."\)/);
    expect(night.body).toContain("\\[pullquote align=\"right\"\\]The quay never sleeps.\\[/pullquote\\]");
    expect(night.body).toContain("\\[Editor's note: the terminal asked us not to name the crane drivers.\\]");
    expect(report.notes).toContainEqual({ what: "unknown shortcode [pullquote] kept as text", count: 1 });
    expect(night.comments.map((c) => [c.userId, c.body])).toEqual([[lukas.id, "Great piece.\nLine two of the same paragraph.\n\nA second paragraph with & an ampersand."]]);
    expect(await db.user.count({ where: { email: "lukas.berg@example.com" } })).toBe(1);

    const locked = await article("dredging-contract");
    expect(locked.status).toBe("DRAFT");
    expect(locked.publishedAt).toBeNull();
    expect(report.posts.find((p) => p.sourceId === "92")?.reason).toMatch(/password-protected in WordPress: imported as a draft, never made public/);
    expect(report.notes).toContainEqual({ what: "password-protected posts imported as drafts", count: 1 });
    expect(report.posts.filter((p) => p.action === "skip").map((p) => p.reason)).toEqual(["in WordPress's trash", "a nav_menu_item, not a post"]);
    expect(report.comments.filter((c) => c.action === "skip").map((c) => c.reason)).toEqual(["spam", "a pingback, not a comment"]);
    expect(await db.legacyPath.findUnique({ where: { path: "/category/ports/shipping" } })).toMatchObject({ kind: "SECTION", targetId: night.sectionId });
    expect(await db.legacyPath.findUnique({ where: { path: "/2026/03/04/night-shift-container-terminal" } })).toMatchObject({ targetId: night.id });
  });

  it("Ghost: members-only and paid posts stay drafts, bodies without HTML are read from Lexical and Mobiledoc, bylines keep their order", async () => {
    const report = await runImport({ system: "ghost", file: await readExportFile(path.join(OWN, "ghost-cases.json")), media: folderSource(path.join(OWN, "uploads")), dryRun: false, actorId: null });
    for (const slug of ["members-port-budget", "paid-pilot-fees"]) expect(await article(slug)).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect(report.notes).toContainEqual({ what: "members-only posts imported as drafts", count: 2 });
    expect(report.posts.find((p) => p.title === "Newsletter Only")).toMatchObject({ action: "skip", reason: "sent as a newsletter only, never on the site" });

    const quay = await article("quay-night-shift");
    expect(quay.authors.map((a) => a.author.name)).toEqual(["Ona Petraitienė", "Arturas Malasauskas", "Guest Writer"]);
    expect(quay.section?.slug).toBe("ports");
    expect(quay.body).toContain("[tag link](/tags/cranes)");
    // Ona's profile came from the WordPress import above, with nothing but her name: Ghost fills in what it lacks.
    expect(report.authors.find((a) => a.name === "Ona Petraitienė")).toMatchObject({ action: "match", matchedBy: "name" });
    const ona = quay.authors[0]!.author;
    expect(ona.links.map((l) => [l.kind, l.url])).toEqual([
      ["website", "https://ona.example"],
      ["x", "https://x.com/ona_p"],
      ["linkedin", "https://www.linkedin.com/in/ona-p/"],
    ]);

    const lexical = await article("lexical-only");
    expect(lexical.body).toContain("Written in Ghost's editor, exported without HTML. [**The report**](https://example.org/report)");
    expect(lexical.body).toMatch(/^## What changes$/m);
    expect(lexical.body).toMatch(/^- \*Deeper channel\*$/m);
    expect(lexical.body).toMatch(/!\[A gantry crane\]\(\/media\/m-[0-9a-f]+ "The new crane\."\)/);
    expect(report.notes).toContainEqual({ what: "Ghost signup card left out", count: 1 });

    const mobiledoc = await article("mobiledoc-only");
    expect(mobiledoc.status).toBe("DRAFT");
    expect(mobiledoc.body).toContain("From the Ghost 3 days: [the night shift](/articles/quay-night-shift)");
    expect(mobiledoc.body).toContain("A **Markdown** card.\n\n- one\n- two");
    expect(report.notes).toContainEqual({ what: "Ghost paywall card left out", count: 1 });
  });
});
