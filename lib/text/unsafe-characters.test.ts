import { describe, expect, it } from "vitest";
import { isSafeName, withoutUnsafeCharacters } from "./unsafe-characters";

describe("withoutUnsafeCharacters", () => {
  it("removes NUL and other control characters, keeping line feeds and tabs", () => {
    expect(withoutUnsafeCharacters("a\u0000b\u0007c\u001bd\u007fe\u0085f\nnext\tline")).toBe("abcdef\nnext\tline");
  });

  it("removes bidirectional overrides, embeddings and isolates, and the byte-order mark", () => {
    expect(withoutUnsafeCharacters("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(withoutUnsafeCharacters("\u202Aa\u202B\u202Cb\u202D\u2066c\u2067\u2068d\u2069\ufeff")).toBe("abcd");
  });

  it("turns Unicode line and paragraph separators into line feeds", () => {
    expect(withoutUnsafeCharacters("one\u2028two\u2029three")).toBe("one\ntwo\nthree");
  });

  it("keeps Lithuanian letters, emoji sequences with their joiners, and direction marks", () => {
    const text = "Ąžuolas čiulba: „labas“ 👩‍💻🏳️‍🌈 שלום\u200F abc \u200E";
    expect(withoutUnsafeCharacters(text)).toBe(text);
  });
});

describe("isSafeName", () => {
  it("accepts names in any script and with emoji", () => {
    for (const name of ["Artūras Malašauskas", "Žemyna 🌿", "👩‍💻 dev", "Łukasz", "李雷"]) expect(isSafeName(name)).toBe(true);
  });

  it("refuses control, bidi-override and invisible characters", () => {
    for (const name of ["a\u0000b", "line\nbreak", "tab\there", "admin\u202Enimda", "ad\u200Bmin", "x\u2066y", "\ufeffname"]) expect(isSafeName(name)).toBe(false);
  });
});
