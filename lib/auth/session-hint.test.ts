import { describe, expect, it } from "vitest";
import { SESSION_HINT_COOKIE, hasSessionHint, sessionChange, sessionHintCookie } from "@/lib/auth/session-hint";

const SESSION = "next-auth.session-token";
const now = new Date("2026-11-29T12:00:00Z");

describe("sessionChange", () => {
  it("a sign-in that sets the session cookie sets the hint until the session expires", () => {
    const headers = [
      "next-auth.csrf-token=abc%7Cdef; Path=/; HttpOnly; SameSite=Lax",
      `${SESSION}=tok123; Path=/; Expires=Tue, 29 Dec 2026 12:00:00 GMT; HttpOnly; SameSite=Lax`,
    ];
    expect(sessionChange(headers, SESSION, now)).toEqual({ set: new Date("2026-12-29T12:00:00Z") });
  });

  it("reads Max-Age before Expires", () => {
    expect(sessionChange([`${SESSION}=tok; Path=/; Max-Age=60; Expires=Tue, 29 Dec 2026 12:00:00 GMT`], SESSION, now)).toEqual({
      set: new Date(now.getTime() + 60_000),
    });
  });

  it.each([
    [`${SESSION}=; Path=/; Max-Age=0; HttpOnly`],
    [`${SESSION}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`],
    [`${SESSION}=tok; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`],
  ])("a response that ends the session clears the hint: %s", (header) => {
    expect(sessionChange([header], SESSION, now)).toBe("cleared");
  });

  it("ignores other cookies, a session cookie of another name and one without an expiry", () => {
    expect(sessionChange(["next-auth.callback-url=%2F; Path=/"], SESSION, now)).toBeNull();
    expect(sessionChange([`__Secure-${SESSION}=tok; Path=/; Max-Age=60`], SESSION, now)).toBeNull();
    expect(sessionChange([`${SESSION}=tok; Path=/`], SESSION, now)).toBeNull();
    expect(sessionChange([], SESSION, now)).toBeNull();
  });
});

describe("sessionHintCookie", () => {
  it("is readable by scripts, holds no secret and follows the session cookie's policy", () => {
    const cookie = sessionHintCookie({ secure: true, expires: new Date("2026-12-29T12:00:00Z") });
    expect(cookie).toBe(`${SESSION_HINT_COOKIE}=1; Path=/; Expires=Tue, 29 Dec 2026 12:00:00 GMT; SameSite=Lax; Secure`);
    expect(cookie).not.toMatch(/HttpOnly/i);
  });

  it("clears the hint with an expiry in the past, without Secure over plain http", () => {
    expect(sessionHintCookie({ secure: false, expires: null })).toBe(
      `${SESSION_HINT_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax`,
    );
  });
});

describe("hasSessionHint", () => {
  it.each([
    [`${SESSION_HINT_COOKIE}=1`, true],
    [`a=b; ${SESSION_HINT_COOKIE}=1; c=d`, true],
    ["", false],
    [`${SESSION_HINT_COOKIE}=`, false],
    [`x${SESSION_HINT_COOKIE}=1`, false],
  ])("%j → %j", (header, expected) => {
    expect(hasSessionHint(header)).toBe(expected);
  });
});
