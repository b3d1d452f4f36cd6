import { describe, expect, it } from "vitest";
import { asciiPrefixTerm, matchExpression, MAX_QUERY_LENGTH, MAX_TERMS, parseQueryParam, parseSearchTerms, toMatchExpression, tsQueryText } from "@/lib/search/query";

describe("toMatchExpression", () => {
  it("quotes every word and matches the last one as a prefix", () => {
    expect(toMatchExpression("seimas")).toBe('"seimas"*');
    expect(toMatchExpression("ai regulation europe")).toBe('"ai" "regulation" "europe"*');
  });

  it("matches a last token of one character as itself, not as a prefix", () => {
    expect(toMatchExpression("vitamin d")).toBe('"vitamin" "d"');
    expect(toMatchExpression("a")).toBe('"a"');
    expect(toMatchExpression("world war 2")).toBe('"world" "war" "2"');
    expect(toMatchExpression("ai")).toBe('"ai"*');
    expect(toMatchExpression("é")).toBe('"é"');
  });

  it("collapses whitespace of every kind", () => {
    expect(toMatchExpression("  chips \t\n export\u00a0 rules  ")).toBe('"chips" "export" "rules"*');
  });

  it("doubles double quotes, so an unbalanced quote cannot end the string", () => {
    expect(toMatchExpression('"unbalanced')).toBe('"""unbalanced"*');
    expect(toMatchExpression('say "hello" world')).toBe('"say" """hello""" "world"*');
    expect(toMatchExpression('a""b')).toBe('"a""""b"');
  });

  it.each([
    ["AND", '"AND"*'],
    ["OR foo", '"OR" "foo"*'],
    ["cats AND dogs", '"cats" "AND" "dogs"*'],
    ["NOT this", '"NOT" "this"*'],
    ["NEAR(a b)", '"NEAR(a" "b)"'],
    ["NEAR(", '"NEAR("*'],
  ])("reads the operator in %j as a plain word", (input, expected) => {
    expect(toMatchExpression(input)).toBe(expected);
  });

  it.each([
    ["-x", '"-x"'],
    ["gpt-5", '"gpt-5"'],
    ["(a", '"(a"'],
    ["a)", '"a)"'],
    ["col:term", '"col:term"*'],
    ["^start", '"^start"*'],
    ["+plus", '"+plus"*'],
    ["wild*", '"wild*"*'],
    ["title:x OR body:y", '"title:x" "OR" "body:y"'],
  ])("keeps the syntax characters of %j inside a quoted string", (input, expected) => {
    expect(toMatchExpression(input)).toBe(expected);
  });

  it.each([[""], ["   "], ["*"], ["-"], ['"'], ['""'], ["( ) : ^ + - * \""], ["🚀 ✨"], ["…"]])("has nothing to search for in %j", (input) => {
    expect(toMatchExpression(input)).toBeNull();
  });

  it("drops words with neither a letter nor a digit", () => {
    expect(toMatchExpression("chips * - ( exports")).toBe('"chips" "exports"*');
    expect(toMatchExpression("chips -")).toBe('"chips"*');
  });

  it("keeps letters and digits of every script", () => {
    expect(toMatchExpression("žinios Seimas")).toBe('"žinios" "Seimas"*');
    expect(toMatchExpression("Ελλάδα 東京 2026")).toBe('"Ελλάδα" "東京" "2026"*');
  });

  it("normalises to NFC, so a decomposed letter equals the composed one", () => {
    expect(toMatchExpression("z\u030cinios")).toBe('"žinios"*');
  });

  it("turns control characters into spaces", () => {
    expect(toMatchExpression("a\u0000b\u0002c\u0003d")).toBe('"a" "b" "c" "d"');
  });

  it(`looks at the first ${MAX_TERMS} words only`, () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const expression = toMatchExpression(words.join(" "));
    expect(expression?.split(" ")).toHaveLength(MAX_TERMS);
    expect(expression?.endsWith(`"w${MAX_TERMS - 1}"*`)).toBe(true);
  });

  it(`looks at the first ${MAX_QUERY_LENGTH} characters only`, () => {
    const expression = toMatchExpression("x".repeat(5000));
    expect(expression).toBe(`"${"x".repeat(MAX_QUERY_LENGTH)}"*`);
  });
});

describe("matchExpression", () => {
  it("matches the last word as any of the terms it is given, the other words whole", () => {
    const terms = { words: ["eu", "polic"], prefix: true };
    expect(matchExpression(terms, ["police", "policy"])).toBe('"eu" AND ("police" OR "policy")');
    expect(matchExpression(terms, ["policy"])).toBe('"eu" AND "policy"');
    expect(matchExpression({ words: ["polic"], prefix: true }, ["police", "policy"])).toBe('("police" OR "policy")');
  });

  it("quotes the terms it is given, and falls back to the prefix without them", () => {
    const terms = { words: ["x"], prefix: true };
    expect(matchExpression(terms, ['a"b'])).toBe('"a""b"');
    expect(matchExpression(terms, [])).toBe('"x"*');
    expect(matchExpression(terms)).toBe('"x"*');
  });
});

describe("asciiPrefixTerm", () => {
  it("gives the index term of a last word of ASCII letters and digits, lower-cased", () => {
    expect(asciiPrefixTerm({ words: ["eu", "Polic"], prefix: true })).toBe("polic");
    expect(asciiPrefixTerm({ words: ["GPU5"], prefix: true })).toBe("gpu5");
  });

  it("leaves other words, and words that are no prefix, to FTS5", () => {
    for (const q of ["žinio", "gpt-5x", "naïve", "東京", "a"]) {
      const terms = parseSearchTerms(q);
      expect(terms && asciiPrefixTerm(terms), q).toBeNull();
    }
  });
});

describe("parseQueryParam", () => {
  it("takes the first of repeated values and nothing from a missing one", () => {
    expect(parseQueryParam(["first", "second"])).toBe("first");
    expect(parseQueryParam(undefined)).toBe("");
    expect(parseQueryParam([])).toBe("");
  });

  it("trims and collapses whitespace", () => {
    expect(parseQueryParam("  eu \n  chips ")).toBe("eu chips");
  });

  it("cuts long input at a character, never inside a surrogate pair", () => {
    const value = parseQueryParam("😀".repeat(300));
    expect(Array.from(value)).toHaveLength(MAX_QUERY_LENGTH);
    expect(value).toBe("😀".repeat(MAX_QUERY_LENGTH));
  });
});

describe("tsQueryText", () => {
  const tsQuery = (input: string) => {
    const terms = parseSearchTerms(input);
    return terms && tsQueryText(terms);
  };

  it("requires every word and matches the last one as a prefix", () => {
    expect(tsQuery("seimas")).toBe("'seimas':*");
    expect(tsQuery("ai regulation Europe")).toBe("'ai' & 'regulation' & 'Europe':*");
  });

  it("matches a last token of one character as itself", () => {
    expect(tsQuery("vitamin d")).toBe("'vitamin' & 'd'");
    expect(tsQuery("world war 2")).toBe("'world' & 'war' & '2'");
  });

  it("makes a word of several tokens their phrase, the prefix on its last token", () => {
    expect(tsQuery("gpt-5 launch")).toBe("('gpt' <-> '5') & 'launch':*");
    expect(tsQuery("eu ai-act")).toBe("'eu' & ('ai' <-> 'act':*)");
    expect(tsQuery("col:term")).toBe("('col' <-> 'term':*)");
  });

  it.each([
    ['"unbalanced', "'unbalanced':*"],
    ["AND", "'AND':*"],
    ["a OR", "'a' & 'OR':*"],
    ["NOT this", "'NOT' & 'this':*"],
    ["x NEAR/2 y", "'x' & ('NEAR' <-> '2') & 'y'"],
    ["it's", "('it' <-> 's')"],
    ["!:*&|<->'\\ cats", "'cats':*"],
  ])("keeps tsquery syntax in %j out of the query", (input, expected) => {
    expect(tsQuery(input)).toBe(expected);
  });

  it("keeps letters of every script and their diacritics for to_tsquery to fold", () => {
    expect(tsQuery("Žinios algoritmų")).toBe("'Žinios' & 'algoritmų':*");
  });

  it("gives nothing to search for when no word has a token", () => {
    expect(tsQuery("* - ( )")).toBeNull();
  });
});
