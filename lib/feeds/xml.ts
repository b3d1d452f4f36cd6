/**
 * The two ways text enters the XML documents of lib/feeds (RSS, sitemaps): escaped character
 * data and CDATA sections. Both drop characters that XML 1.0 forbids, so no stored text can
 * make a document malformed. Pure module.
 */

/**
 * Everything outside XML 1.0's `Char` production: C0 controls other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Removes the characters an XML 1.0 document may not contain, even escaped. */
export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, "");
}

/** Text (or an attribute value) for an XML document: `& < > " '` escaped, illegal characters removed. */
export function escapeXml(text: string): string {
  return stripIllegalXmlChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A CDATA section holding `text` verbatim. A CDATA section cannot contain `]]>`, so each one is
 * split across two sections (`]]` ends the first, `>` starts the next); parsers join them back.
 */
export function cdata(text: string): string {
  return `<![CDATA[${stripIllegalXmlChars(text).replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

/** `<name>escaped text</name>` */
export function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

/** W3C Datetime (ISO 8601) in UTC to the second, as sitemaps use it: 2026-06-03T09:00:00Z. */
export function w3cDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
