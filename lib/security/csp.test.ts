import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cachedPageHeaders, noncePolicy, policyOptionsFrom, scriptPolicyFor, sitePolicy } from "@/lib/security/csp.cjs";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("content security policy", () => {
  it("follows the environment the server runs with: https, OAuth providers, development", () => {
    expect(policyOptionsFrom({ SITE_URL: "https://news.example.org", GITHUB_ID: "id", NODE_ENV: "production" })).toEqual({
      development: false,
      https: true,
      formTargets: ["https://github.com"],
    });
    expect(policyOptionsFrom({ SITE_URL: "http://localhost:3000", NODE_ENV: "development" })).toEqual({ development: true, https: false, formTargets: [] });
  });

  it("keeps eval out of every policy outside development", () => {
    const options = policyOptionsFrom({ SITE_URL: "https://news.example.org" });
    expect(sitePolicy(options)).not.toContain("unsafe-eval");
    expect(noncePolicy("abc", options)).toContain("'nonce-abc' 'strict-dynamic'");
    expect(sitePolicy(options)).toContain("upgrade-insecure-requests");
  });

  it("allows a cached page's own inline scripts by hash, and no JSON data block or external file", () => {
    const html = '<script>self.__next_f=[]</script><script src="/_next/a.js"></script><script type="application/ld+json">{"a":1}</script><script>go()</script>';
    expect(scriptPolicyFor(html)).toBe(`script-src 'self' ${sha256("self.__next_f=[]")} ${sha256("go()")}`);
  });

  it("stores both policies with a cached page, and HSTS only under https", () => {
    const html = "<script>go()</script>";
    const plain = cachedPageHeaders(html, { SITE_URL: "http://localhost:3000" });
    expect(plain["content-security-policy"]).toEqual([sitePolicy(policyOptionsFrom({ SITE_URL: "http://localhost:3000" })), scriptPolicyFor(html)]);
    expect(plain).not.toHaveProperty("strict-transport-security");
    const secure = cachedPageHeaders(html, { SITE_URL: "https://news.example.org", GOOGLE_ID: "id" });
    expect(secure["strict-transport-security"]).toMatch(/^max-age=\d{8}; includeSubDomains/);
    expect(String((secure["content-security-policy"] as string[])[0])).toContain("form-action 'self' https://accounts.google.com");
  });
});
