import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildRss, rfc822Date, type RssChannel, type RssItem } from "@/lib/feeds/rss";

const channel: RssChannel = {
  title: "Masthead",
  link: "https://news.example.com/",
  description: "The latest stories.",
  language: "en",
  selfUrl: "https://news.example.com/feed.xml",
  lastBuildDate: new Date("2026-06-03T09:00:00Z"),
};

const item: RssItem = {
  title: `AT&T <says> "yes" & 'no' 🚀`,
  link: "https://news.example.com/articles/a-story",
  description: "What happened & why.",
  contentHtml: '<p>Body with <a href="https://news.example.com/x">a link</a> and a ]]> in it.</p>',
  pubDate: new Date("2026-06-03T09:00:00Z"),
  creators: ["Ada Lovelace", "Bo O'Neil"],
  categories: ["Policy", "EU & UK"],
};

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ["item", "dc:creator", "category"].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).rss;
}

describe("rfc822Date", () => {
  it("writes RFC 822 dates in GMT with a two-digit day", () => {
    expect(rfc822Date(new Date("2026-06-03T09:00:00Z"))).toBe("Wed, 03 Jun 2026 09:00:00 GMT");
    expect(rfc822Date(new Date("2026-12-25T23:59:59.999+02:00"))).toBe("Fri, 25 Dec 2026 21:59:59 GMT");
  });
});

describe("buildRss", () => {
  it("writes a well-formed RSS 2.0 document with the namespaces it uses", () => {
    const rss = parse(buildRss(channel, [item]));
    expect(rss["@_version"]).toBe("2.0");
    expect(rss["@_xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
    expect(rss["@_xmlns:content"]).toBe("http://purl.org/rss/1.0/modules/content/");
    expect(rss["@_xmlns:atom"]).toBe("http://www.w3.org/2005/Atom");
  });

  it("writes the channel fields and a self link", () => {
    const { channel: c } = parse(buildRss(channel, []));
    expect(c.title).toBe("Masthead");
    expect(c.link).toBe("https://news.example.com/");
    expect(c.description).toBe("The latest stories.");
    expect(c.language).toBe("en");
    expect(c.lastBuildDate).toBe("Wed, 03 Jun 2026 09:00:00 GMT");
    expect(c["atom:link"]).toEqual({
      "@_href": "https://news.example.com/feed.xml",
      "@_rel": "self",
      "@_type": "application/rss+xml",
    });
    expect(c.item).toBeUndefined();
  });

  it("writes every item field, and special characters survive the round trip", () => {
    const [parsed] = parse(buildRss(channel, [item])).channel.item;
    expect(parsed.title).toBe(item.title);
    expect(parsed.link).toBe(item.link);
    expect(parsed.guid).toEqual({ "#text": item.link, "@_isPermaLink": "true" });
    expect(parsed.pubDate).toBe("Wed, 03 Jun 2026 09:00:00 GMT");
    expect(parsed["dc:creator"]).toEqual(["Ada Lovelace", "Bo O'Neil"]);
    expect(parsed.category).toEqual(["Policy", "EU & UK"]);
    expect(parsed.description).toBe("What happened & why.");
    expect(parsed["content:encoded"]).toBe(item.contentHtml);
  });

  it("escapes the title in the raw document", () => {
    expect(buildRss(channel, [item])).toContain("<title>AT&amp;T &lt;says&gt; &quot;yes&quot; &amp; &apos;no&apos; 🚀</title>");
  });

  it("drops control characters rather than writing a malformed document", () => {
    const xml = buildRss(channel, [{ ...item, title: "Bell\u0007 and NUL\u0000", contentHtml: "<p>x\u0001y</p>" }]);
    const [parsed] = parse(xml).channel.item;
    expect(parsed.title).toBe("Bell and NUL");
    expect(parsed["content:encoded"]).toBe("<p>xy</p>");
  });

  it("keeps items in the order given and writes no creator element for an article without authors", () => {
    const older = { ...item, title: "Older", link: "https://news.example.com/articles/older", creators: [] };
    const items = parse(buildRss(channel, [item, older])).channel.item;
    expect(items.map((i: { title: string }) => i.title)).toEqual([item.title, "Older"]);
    expect(items[1]["dc:creator"]).toBeUndefined();
  });
});
