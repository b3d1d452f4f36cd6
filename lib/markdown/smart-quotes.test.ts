import { describe, expect, it } from "vitest";
import { toString } from "mdast-util-to-string";
import { parseMarkdown } from "./parse-markdown";
import { quoteStyle, smartQuotes, smartQuotesText } from "./smart-quotes";

const smart = (markdown: string, locale?: string) => smartQuotes(parseMarkdown(markdown), locale);

describe("smartQuotes", () => {
  it("turns straight quotes and apostrophes into English typographic ones by default", () => {
    expect(toString(smart(`She said "it's done" and 'left'.`))).toBe("She said “it’s done” and ‘left’.");
  });

  it("uses Lithuanian quotation marks for lt, with ’ still the apostrophe", () => {
    expect(toString(smart(`Jis pasakė: "Gerai". O'Brien 'atėjo'.`, "lt"))).toBe("Jis pasakė: „Gerai“. O’Brien ‚atėjo’.");
    expect(toString(smart(`"Labas"`, "lt-LT"))).toBe("„Labas“");
  });

  it("pairs quotes across emphasis and links", () => {
    const tree = smart(`"*So* [fast](https://example.com)," he wrote.`);
    expect(toString(tree)).toBe("“So fast,” he wrote.");
  });

  it("leaves code spans and code blocks alone", () => {
    const tree = smart('Type `echo "it\'s"` then:\n\n```sh\nprintf "%s" \'x\'\n```\n');
    expect(JSON.stringify(tree)).toContain(`echo \\"it's\\"`);
    expect(JSON.stringify(tree)).toContain(`printf \\"%s\\" 'x'`);
    expect(toString(tree)).toContain("Type echo");
  });

  it("leaves an address written as text alone, and every link's URL", () => {
    const tree = smart(`See https://example.com/it's-here and <https://example.com/"q"> or ["it's"](https://example.com/a'b).`);
    const json = JSON.stringify(tree);
    expect(json).toContain(`"value":"https://example.com/it's-here"`);
    expect(json).toContain(`"url":"https://example.com/a'b"`);
    expect(toString(tree)).toContain("“it’s”");
  });

  it("does not change its input", () => {
    const tree = parseMarkdown(`"quoted"`);
    const before = JSON.stringify(tree);
    smartQuotes(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it("keeps dashes and ellipses as typed", () => {
    expect(toString(smart(`Wait... a -- b --- "c"`))).toBe("Wait... a -- b --- “c”");
  });
});

describe("smartQuotesText", () => {
  it("gives a headline the same quotes as a body", () => {
    expect(smartQuotesText(`Regulators call the deal "a test" of the EU's new law`)).toBe("Regulators call the deal “a test” of the EU’s new law");
    expect(smartQuotesText(`"Modeliai" ir "taisyklės"`, "lt")).toBe("„Modeliai“ ir „taisyklės“");
  });

  it("returns text without quotes unchanged", () => {
    expect(smartQuotesText("Plain headline — no quotes")).toBe("Plain headline — no quotes");
  });
});

describe("quoteStyle", () => {
  it("falls back to English for a language without its own marks", () => {
    expect(quoteStyle("de")).toEqual(quoteStyle("en"));
  });
});
