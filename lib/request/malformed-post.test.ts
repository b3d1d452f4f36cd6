import { describe, expect, it } from "vitest";
import { actionIdsInForm, refusePost } from "./malformed-post";

const SITE = "https://news.example";
const KNOWN = "7f18651401eb1ba5e4d059236bf0712bdc8df1d1b1";
const knownActions = new Set([KNOWN]);

function multipart(fields: Record<string, string>): { body: ArrayBuffer; contentType: string } {
  const boundary = "----masthead-test";
  const text = Object.entries(fields)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("");
  return { body: new TextEncoder().encode(`${text}--${boundary}--\r\n`).buffer as ArrayBuffer, contentType: `multipart/form-data; boundary=${boundary}` };
}

const post = (over: Partial<Parameters<typeof refusePost>[0]> & { bytes?: ArrayBuffer | string }) => {
  const { bytes = "", ...rest } = over;
  const body = typeof bytes === "string" ? (new TextEncoder().encode(bytes).buffer as ArrayBuffer) : bytes;
  return refusePost({ origin: SITE, allowedOrigins: [SITE, "http://127.0.0.1:3000"], contentType: null, nextAction: null, hasBody: true, declaresLength: true, body: async () => body, knownActions, ...rest });
};

describe("POSTs refused before Next.js reads them", () => {
  it("lets through an action call from a page of the site, and a no-JavaScript form naming a known action", async () => {
    expect(await post({ nextAction: KNOWN, contentType: "text/plain;charset=UTF-8", bytes: '["$K1"]' })).toBeNull();
    const form = multipart({ [`$ACTION_ID_${KNOWN}`]: "", email: "a@b.example" });
    expect(await post({ contentType: form.contentType, bytes: form.body })).toBeNull();
    const bound = multipart({ $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id: KNOWN, bound: "$@1" }), "$ACTION_1:1": "[]" });
    expect(await post({ contentType: bound.contentType, bytes: bound.body })).toBeNull();
  });

  it("accepts the Origin of the host the browser addressed, as Next.js does", async () => {
    expect(await post({ origin: "http://127.0.0.1:3000", contentType: "application/x-www-form-urlencoded", bytes: "x=1" })).toBeNull();
  });

  it("refuses a foreign or opaque Origin with 403", async () => {
    expect((await post({ origin: "https://evil.example", nextAction: KNOWN, contentType: "text/plain", bytes: "[]" }))?.status).toBe(403);
    expect((await post({ origin: "null" }))?.status).toBe(403);
  });

  it("refuses an action call whose body is not JSON, or is an object instead of the arguments' array, with 400", async () => {
    expect(await post({ nextAction: KNOWN, contentType: "text/plain", bytes: "{not json" })).toMatchObject({ status: 400, reason: "action-json" });
    expect(await post({ nextAction: KNOWN, contentType: "text/plain", bytes: '{"a":1}' })).toMatchObject({ status: 400, reason: "action-arguments" });
  });

  it("refuses a multipart body without its boundary, or one that does not parse, with 400", async () => {
    expect(await post({ nextAction: KNOWN, contentType: "multipart/form-data", bytes: "abc" })).toMatchObject({ status: 400, reason: "multipart-boundary" });
    expect(await post({ contentType: "multipart/form-data; boundary=xyz", bytes: "garbage" })).toMatchObject({ status: 400, reason: "multipart-body" });
  });

  it("answers an action id the build does not have with 404 and a reload hint, in a header or in a no-JavaScript form", async () => {
    expect(await post({ nextAction: "0123456789abcdef", contentType: "text/plain", bytes: "[]" })).toMatchObject({ status: 404, message: "This form is out of date: reload the page and try again." });
    const form = multipart({ "$ACTION_ID_0123456789abcdef0123456789abcdef01234567": "", email: "a@b.example" });
    expect(await post({ contentType: form.contentType, bytes: form.body })).toMatchObject({ status: 404, reason: "unknown-action" });
  });

  it("measures a body sent without a length: over the limit 413, within it read as any other", async () => {
    expect(await post({ declaresLength: false, nextAction: KNOWN, contentType: "text/plain", body: async () => null })).toMatchObject({ status: 413, reason: "too-large" });
    expect(await post({ declaresLength: false, nextAction: KNOWN, contentType: "text/plain", bytes: "[]" })).toBeNull();
    expect(await post({ declaresLength: false, nextAction: KNOWN, contentType: "text/plain", bytes: "{" })).toMatchObject({ status: 400, reason: "action-json" });
  });

  it("leaves other posts (route handlers, url-encoded forms) to their handlers", async () => {
    expect(await post({ contentType: "application/x-www-form-urlencoded", bytes: "List-Unsubscribe=One-Click" })).toBeNull();
    expect(await post({ origin: null, contentType: "application/x-www-form-urlencoded", bytes: "x=1" })).toBeNull();
  });
});

describe("actionIdsInForm", () => {
  it("reads ids from both field forms and refuses a broken descriptor", () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    expect(actionIdsInForm(form)).toEqual(["abc"]);
    const broken = new FormData();
    broken.append("$ACTION_REF_1", "");
    broken.append("$ACTION_1:0", "{not json");
    expect(actionIdsInForm(broken)).toBeNull();
  });
});
