import { describe, expect, it } from "vitest";
import { imagePathOf, type ImagePathRule } from "./image-paths";

describe("imagePathOf", () => {
  const wordpress: ImagePathRule = { bases: ["http://wp.example/wp-content/uploads/"], originals: ["2026/06/a.jpg"], sizeFolders: false };
  const ghost: ImagePathRule = { bases: ["__GHOST_URL__/content/images/"], originals: [], sizeFolders: true };

  it("finds the upload an address points at, and the original of a resized WordPress copy", () => {
    expect(imagePathOf(wordpress, "http://wp.example/wp-content/uploads/2026/06/a-300x169.jpg?ver=2")).toBe("2026/06/a.jpg");
    expect(imagePathOf(wordpress, "http://wp.example/wp-content/uploads/2026/06/b-300x169.jpg")).toBe("2026/06/b-300x169.jpg");
    expect(imagePathOf(wordpress, "http://wp.example/wp-content/uploads/2026/06/a%20b.jpg")).toBe("2026/06/a b.jpg");
  });

  it("skips Ghost's size folders", () => {
    expect(imagePathOf(ghost, "__GHOST_URL__/content/images/size/w600/2026/12/x.jpg")).toBe("2026/12/x.jpg");
    expect(imagePathOf(ghost, "__GHOST_URL__/content/images/size/w1000h600/format/webp/2026/12/x.jpg")).toBe("2026/12/x.jpg");
  });

  it("is null for an image from elsewhere", () => {
    expect(imagePathOf(ghost, "https://images.unsplash.com/x.jpg")).toBeNull();
  });
});
