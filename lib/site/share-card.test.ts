import { describe, expect, it } from "vitest";
import { drawableText, headlineFontSize } from "@/lib/site/share-card";

describe("drawableText", () => {
  it("keeps Latin, accented and Cyrillic letters and typographic punctuation", () => {
    expect(drawableText("Seimas “žinios” — naujienos… Новости €5")).toBe("Seimas “žinios” — naujienos… Новости €5");
  });

  it("leaves out what the bundled font cannot draw, so no font is fetched", () => {
    expect(drawableText("Launch 🚀 day ★ 東京")).toBe("Launch day");
  });
});

describe("headline layout", () => {
  it("shrinks the type for long headlines", () => {
    expect(headlineFontSize("Short")).toBeGreaterThan(headlineFontSize("x".repeat(70)));
    expect(headlineFontSize("x".repeat(70))).toBeGreaterThan(headlineFontSize("x".repeat(140)));
  });
});
