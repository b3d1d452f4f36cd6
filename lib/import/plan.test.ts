import { describe, expect, it } from "vitest";
import type { SourceComment, SourcePost, SourceSite } from "./model";
import { bodyImagePaths, planImport } from "./plan";
import { recordKey, type ExistingState } from "./state";

function emptyState(overrides: Partial<ExistingState> = {}): ExistingState {
  return {
    records: new Map(),
    authors: [],
    sections: [],
    tags: [],
    takenSlugs: { ARTICLE: new Set(), AUTHOR: new Set(), SECTION: new Set(), TAG: new Set() },
    articles: new Map(),
    usersByEmail: new Map(),
    legacyPaths: new Map(),
    lastSectionPosition: 4,
    ...overrides,
  };
}

const comment = (id: string, parent: string | null, approved = true, email = `${id}@example.com`): SourceComment => ({
  sourceId: id,
  parentSourceId: parent,
  authorName: `Reader ${id}`,
  authorEmail: email,
  body: `Comment ${id}`,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, Number(id))),
  approved,
  skipReason: approved ? "" : "spam",
});

function post(id: string, overrides: Partial<SourcePost> = {}): SourcePost {
  return {
    sourceId: id,
    type: "post",
    title: `Story ${id}`,
    slug: `story-${id}`,
    status: "PUBLISHED",
    sourceStatus: "publish",
    skipReason: "",
    restriction: null,
    excerpt: "",
    html: "<p>Text</p>",
    publishedAt: new Date("2026-01-01T00:00:00Z"),
    modifiedAt: null,
    featured: false,
    hero: null,
    sectionSourceId: "category:news",
    tagSourceIds: ["tag:a"],
    authorSourceIds: ["ann"],
    commentsOpen: true,
    comments: [],
    oldPaths: [`/2026/01/story-${id}`, `/?p=${id}`],
    ...overrides,
  };
}

function site(posts: SourcePost[], overrides: Partial<SourceSite> = {}): SourceSite {
  return {
    system: "wordpress",
    site: "http://wp.example",
    title: "Old site",
    origins: ["http://wp.example"],
    images: { bases: ["http://wp.example/wp-content/uploads/"], originals: [], sizeFolders: false },
    authors: [
      { sourceId: "ann", slug: "ann", name: "Ann Šimkutė", email: "Ann@Example.com", bio: "", links: [], photo: null },
      { sourceId: "bob", slug: "bob", name: "Bob", email: "bob@example.com", bio: "", links: [], photo: null },
    ],
    sections: [{ sourceId: "category:news", slug: "news", name: "News", description: "", oldPath: "/category/news" }],
    tags: [{ sourceId: "tag:a", slug: "a", name: "A", description: "", oldPath: "/tag/a" }],
    posts,
    redirects: [],
    notes: {},
    ...overrides,
  };
}

let n = 0;
const ids = () => `id${++n}`;

describe("planImport: people", () => {
  it("matches an author by a login's email first, then by name without diacritics, and never makes two profiles", () => {
    const state = emptyState({
      authors: [
        { id: "by-name", name: "ANN SIMKUTE", slug: "ann-s", email: null },
        { id: "by-mail", name: "A. Š.", slug: "a-s", email: "ann@example.com" },
      ],
    });
    const plan = planImport(site([post("1")]), state, ids);
    expect(plan.authors.map((a) => [a.source.sourceId, a.action, a.matchedBy, a.targetId])).toEqual([["ann", "match", "email", "by-mail"]]);
    const byName = planImport(site([post("1")]), emptyState({ authors: [{ id: "by-name", name: "ANN SIMKUTE", slug: "ann-s", email: null }] }), ids);
    expect(byName.authors[0]).toMatchObject({ action: "match", matchedBy: "name", targetId: "by-name" });
  });

  it("leaves out authors with no imported post, and gives a new one a free slug", () => {
    const plan = planImport(site([post("1")]), emptyState({ takenSlugs: { ARTICLE: new Set(), AUTHOR: new Set(["ann-simkute"]), SECTION: new Set(), TAG: new Set() } }), ids);
    expect(plan.authors.map((a) => [a.source.sourceId, a.action, a.slug])).toEqual([["ann", "create", "ann-simkute-2"]]);
  });

  it("threads replies under their first approved ancestor and reuses a commenter's login", () => {
    const comments = [comment("1", null), comment("2", "1", false), comment("3", "2"), comment("4", "3"), comment("5", null, true, "")];
    const plan = planImport(site([post("1", { comments })]), emptyState({ usersByEmail: new Map([["1@example.com", "user-1"]]) }), ids);
    const byId = new Map(plan.comments.map((c) => [c.source.sourceId, c]));
    expect(byId.get("2")).toMatchObject({ action: "skip", reason: "spam" });
    expect(byId.get("3")!.rootId).toBe(byId.get("1")!.targetId);
    expect(byId.get("4")!.rootId).toBe(byId.get("1")!.targetId);
    expect(byId.get("1")!.commenter).toMatchObject({ action: "existing", targetId: "user-1" });
    expect(byId.get("5")!.commenter).toMatchObject({ action: "create", email: null, name: "Reader 5" });
  });
});

describe("planImport: posts", () => {
  it("numbers a slug another article has, and says so", () => {
    const plan = planImport(site([post("1")]), emptyState({ takenSlugs: { ARTICLE: new Set(["story-1"]), AUTHOR: new Set(), SECTION: new Set(), TAG: new Set() } }), ids);
    expect(plan.posts[0]).toMatchObject({ action: "create", slug: "story-1-2", reason: "the address /story-1 was taken: imported as story-1-2" });
  });

  it("makes a slug from the headline as WordPress does when the post has none", () => {
    const plan = planImport(site([post("1", { slug: "", title: "The AI Act's Rules", status: "DRAFT" })]), emptyState(), ids);
    expect(plan.posts[0]!.slug).toBe("the-ai-acts-rules");
  });

  it("leaves an unchanged post alone, updates a changed one, and keeps one an editor changed here", () => {
    const first = planImport(site([post("1"), post("2")]), emptyState(), ids);
    // What the database holds after the first run wrote that plan.
    type Row = [string, { targetId: string; digest: string; version: number }];
    const records = new Map<string, Row[1]>([
      ...first.posts.map((p): Row => [recordKey("POST", p.source.sourceId), { targetId: p.targetId!, digest: p.digest, version: 1 }]),
      ...first.authors.map((a): Row => [recordKey("AUTHOR", a.source.sourceId), { targetId: a.targetId, digest: a.digest, version: 0 }]),
      ...[...first.sections, ...first.tags].map((t): Row => [recordKey(t.kind, t.source.sourceId), { targetId: t.targetId, digest: t.digest, version: 0 }]),
    ]);
    const articles = new Map(first.posts.map((p) => [p.targetId!, { slug: p.slug, version: 1 }]));
    const rows = { authors: first.authors.map((a) => ({ id: a.targetId, name: a.source.name, slug: a.slug, email: null })), sections: first.sections.map((t) => ({ id: t.targetId, name: t.source.name, slug: t.slug })), tags: first.tags.map((t) => ({ id: t.targetId, name: t.source.name, slug: t.slug })) };
    const again = planImport(site([post("1"), post("2")]), emptyState({ records, articles, ...rows }), ids);
    expect(again.posts.map((p) => p.action)).toEqual(["unchanged", "unchanged"]);
    articles.set(first.posts[1]!.targetId!, { slug: "story-2", version: 3 });
    const changed = planImport(site([post("1", { title: "New title" }), post("2", { title: "Also new" })]), emptyState({ records, articles, ...rows }), ids);
    expect(changed.posts.map((p) => [p.action, p.reason])).toEqual([
      ["update", "changed in the source since the last import"],
      ["unchanged", "edited in Masthead since the last import: left as it is"],
    ]);
  });

  it("imports a password-protected post as a draft and says why", () => {
    const plan = planImport(site([post("1", { status: "DRAFT", restriction: "password" })]), emptyState(), ids);
    expect(plan.posts[0]).toMatchObject({ action: "create", status: "DRAFT", reason: "password-protected in WordPress: imported as a draft, never made public" });
  });
});

describe("planImport: taxonomy, images and old addresses", () => {
  it("matches sections and tags by slug, then by name", () => {
    const plan = planImport(site([post("1")]), emptyState({ sections: [{ id: "s1", name: "NEWS", slug: "latest" }], tags: [{ id: "t1", name: "Other", slug: "a" }] }), ids);
    expect(plan.sections[0]).toMatchObject({ action: "match", matchedBy: "name", targetId: "s1" });
    expect(plan.tags[0]).toMatchObject({ action: "match", matchedBy: "slug", targetId: "t1" });
    expect(plan.posts[0]).toMatchObject({ sectionId: "s1", tagIds: ["t1"] });
  });

  it("puts new sections after the existing ones", () => {
    const plan = planImport(site([post("1")]), emptyState(), ids);
    expect(plan.sections[0]).toMatchObject({ action: "create", position: 5 });
  });

  it("lists each image once, hero and body, and reuses one imported before", () => {
    const html = '<p><img src="http://wp.example/wp-content/uploads/a.jpg"><img src="https://elsewhere.example/b.jpg"></p>';
    expect(bodyImagePaths(html, site([]))).toEqual(["a.jpg"]);
    const hero = { path: "a.jpg", alt: "A", caption: "" };
    const plan = planImport(site([post("1", { html, hero }), post("2", { hero: { path: "c.jpg", alt: "", caption: "" } })]), emptyState({ records: new Map([[recordKey("MEDIA", "c.jpg"), { targetId: "m-c", digest: "", version: 0 }]]) }), ids);
    expect(plan.images.map((i) => [i.path, i.action, i.usedBy])).toEqual([
      ["a.jpg", "create", 'the feature image of post 1 "Story 1"'],
      ["c.jpg", "reuse", 'the feature image of post 2 "Story 2"'],
    ]);
  });

  it("records old addresses once, keeps an address another row already has, and follows redirect rules", () => {
    const state = emptyState({ legacyPaths: new Map([["/?p=2", { kind: "ARTICLE", targetId: "someone-else" }]]) });
    const plan = planImport(site([post("1"), post("2")], { redirects: [{ from: "/old-1", to: "/2026/01/story-1" }] }), state, ids);
    const paths = new Map(plan.legacyPaths.map((l) => [l.path, l]));
    expect(paths.get("/old-1")?.targetId).toBe(plan.posts[0]!.targetId);
    expect(paths.get("/?p=2")).toBeUndefined();
    expect(plan.legacyConflicts).toBe(1);
    expect(paths.get("/category/news")).toMatchObject({ kind: "SECTION" });
    expect(paths.get("/author/ann")).toMatchObject({ kind: "AUTHOR" });
  });
});
