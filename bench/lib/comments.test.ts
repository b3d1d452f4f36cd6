import { describe, expect, it } from "vitest";
import { actionOutcome, clientAddress, commentFormFields, multipart } from "./comments";

// As Next.js 16.4 renders the comment form for a signed-in reader, and its state after a post.
const FORM_HTML =
  '<section><form class="form comment-form" id="comment-form" action="" encType="multipart/form-data" method="POST">' +
  '<input type="hidden" name="$ACTION_REF_1"/>' +
  '<input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;7fb2083163&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>' +
  '<input type="hidden" name="$ACTION_1:1" value="[null]"/>' +
  '<input type="hidden" name="$ACTION_KEY" value="k9e80fe6bb2"/>' +
  '<input type="hidden" name="articleId" value="cmx28syry004v"/>' +
  '<label for="comment-body">Your comment</label><textarea id="comment-body" name="body"></textarea>' +
  '<input id="comment-website" tabindex="-1" autoComplete="off" name="website" value=""/></form></section>';

const state = (result: object) =>
  `<script>self.__next_f.push([2,[${JSON.stringify(result)},"k9e80fe6bb2","7fb2083163",0]])</script>`;

describe("the comment form as the benchmark posts it", () => {
  it("reads the form's hidden fields, entities decoded, and nothing else", () => {
    expect(commentFormFields(FORM_HTML)).toEqual([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"7fb2083163","bound":"$@1"}'],
      ["$ACTION_1:1", "[null]"],
      ["$ACTION_KEY", "k9e80fe6bb2"],
      ["articleId", "cmx28syry004v"],
    ]);
  });

  it("finds no form on a page without one", () => {
    expect(commentFormFields("<main><p>Sign in to comment.</p></main>")).toBeNull();
  });

  it("encodes the fields as multipart/form-data", () => {
    expect(multipart([["body", "Hello"], ["website", ""]], "B")).toBe(
      '--B\r\nContent-Disposition: form-data; name="body"\r\n\r\nHello\r\n--B\r\nContent-Disposition: form-data; name="website"\r\n\r\n\r\n--B--\r\n',
    );
  });

  it("reads an acknowledgement with the new comment's id", () => {
    const html = state({ ok: true, message: "Your comment was posted.", data: { id: "c1", status: "APPROVED" } });
    expect(actionOutcome(`<html>…${html}</html>`)).toEqual({ ok: true, id: "c1" });
  });

  it("reads a refusal's message", () => {
    const html = state({ ok: false, message: "You are commenting very fast. Please wait a minute before posting again.", fieldErrors: {}, values: {} });
    expect(actionOutcome(html)).toEqual({ ok: false, message: "You are commenting very fast. Please wait a minute before posting again." });
  });

  it("finds no outcome in a page without an action result", () => {
    expect(actionOutcome('<script>self.__next_f.push([1,"0:{}"])</script>')).toBeNull();
  });

  it("gives each request its own address in 198.18.0.0/15", () => {
    expect(clientAddress(0)).toBe("198.18.0.0");
    expect(clientAddress(258)).toBe("198.18.1.2");
    expect(clientAddress(65_536)).toBe("198.19.0.0");
    expect(clientAddress(131_071)).toBe("198.19.255.255");
    expect(clientAddress(131_072)).toBe("198.18.0.0");
  });
});
