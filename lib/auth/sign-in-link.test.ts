import { describe, expect, it } from "vitest";
import { addBrowserProof, browserAskedFor, localCallbackPath, safeCallbackPath } from "@/lib/auth/sign-in-link";

describe("safeCallbackPath", () => {
  it.each([
    ["/articles/x#comments", "/articles/x#comments"],
    [undefined, "/"],
    ["", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["/signin", "/"],
    ["/api/auth/signout", "/"],
    ["javascript:alert(1)", "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe("the browser that asked for a link", () => {
  const [first, second, third, fourth] = ["a", "b", "c", "d"].map((c) => c.repeat(64)) as [string, string, string, string];

  it("is recognised by the cookie set when it asked, and no other token passes with it", () => {
    const held = addBrowserProof(undefined, first);
    expect(browserAskedFor(held, first)).toBe(true);
    expect(browserAskedFor(held, second)).toBe(false);
    expect(browserAskedFor(undefined, first)).toBe(false);
    expect(browserAskedFor("", first)).toBe(false);
  });

  it("keeps the last three links asked for, and holds no token itself", () => {
    const held = [first, second, third, fourth].reduce<string | undefined>((cookie, token) => addBrowserProof(cookie, token), undefined)!;
    expect([first, second, third, fourth].map((t) => browserAskedFor(held, t))).toEqual([false, true, true, true]);
    for (const token of [first, second, third, fourth]) expect(held).not.toContain(token.slice(0, 8));
  });

  it("ignores a forged or damaged cookie", () => {
    expect(browserAskedFor("not-a-proof.x", first)).toBe(false);
    expect(addBrowserProof("junk<>.also junk", first).split(".")).toHaveLength(1);
  });
});

describe("localCallbackPath", () => {
  it("takes the path of an absolute URL on this site, and nothing from another", () => {
    expect(localCallbackPath("http://localhost:3000/articles/x")).toBe("/articles/x");
    expect(localCallbackPath("https://evil.example/articles/x")).toBe("/");
    expect(localCallbackPath("http://localhost:3000.evil.example/x")).toBe("/");
    expect(localCallbackPath("/account")).toBe("/account");
  });
});
