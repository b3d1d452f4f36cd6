import { describe, expect, it } from "vitest";
import { cdata, element, escapeXml, stripIllegalXmlChars, w3cDateTime } from "@/lib/feeds/xml";

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`Tom & Jerry <b>"quoted" 'single'</b>`)).toBe(
      "Tom &amp; Jerry &lt;b&gt;&quot;quoted&quot; &apos;single&apos;&lt;/b&gt;",
    );
  });

  it("escapes an ampersand that already looks like an entity, so the text survives as typed", () => {
    expect(escapeXml("&amp; &#x26;")).toBe("&amp;amp; &amp;#x26;");
  });

  it("strips the control characters XML 1.0 forbids and keeps tab, line feed and carriage return", () => {
    expect(escapeXml("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\t\n\rh")).toBe("abcdefg\t\n\rh");
  });

  it("strips lone surrogates, U+FFFE and U+FFFF but keeps emoji and other astral characters", () => {
    expect(escapeXml("x\uD800y\uDFFFz\uFFFE\uFFFF")).toBe("xyz");
    expect(escapeXml("🚀 launch — naïve 𝔘")).toBe("🚀 launch — naïve 𝔘");
  });

  it("keeps DEL and C1 controls, which XML 1.0 allows", () => {
    expect(stripIllegalXmlChars("a\u007Fb\u0085c")).toBe("a\u007Fb\u0085c");
  });
});

describe("cdata", () => {
  it("wraps text verbatim", () => {
    expect(cdata("<p>a & b</p>")).toBe("<![CDATA[<p>a & b</p>]]>");
  });

  it("splits every ]]> across two sections", () => {
    expect(cdata("a]]>b]]>c")).toBe("<![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>c]]>");
  });

  it("strips illegal characters inside the section too", () => {
    expect(cdata("a\u0000b")).toBe("<![CDATA[ab]]>");
  });
});

describe("element and w3cDateTime", () => {
  it("writes an element with escaped text", () => {
    expect(element("title", "A < B")).toBe("<title>A &lt; B</title>");
  });

  it("writes UTC to the second", () => {
    expect(w3cDateTime(new Date("2026-06-03T09:00:00.123Z"))).toBe("2026-06-03T09:00:00Z");
  });
});
