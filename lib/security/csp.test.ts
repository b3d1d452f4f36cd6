import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cachedPageHeaders, frameworkScript, noncePolicy, policyOptionsFrom, scriptPolicyFor, sitePolicy } from "@/lib/security/csp.cjs";

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

  it("lets no inline style in: the pages have none", () => {
    const options = policyOptionsFrom({ SITE_URL: "https://news.example.org" });
    for (const policy of [sitePolicy(options), noncePolicy("abc", options)]) expect(policy).toContain("style-src 'self';");
  });

  // The inline scripts of a page as Next.js writes them (taken from a built story page).
  const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0az8vxg2gfuhm.js","static/chunks/3jua5gvtt1jpt.js"],"runtimeModuleIds":[94553]});';
  const BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
  const FLIGHT = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[\\"/_next/static/chunks/2ngzwwqeitkk7.js\\"],\\"default\\"]\\n\\u003cp\\u003eStory\\u003c/p\\u003e"])';

  it("recognises the scripts Next.js writes, and nothing dressed up as them", () => {
    for (const script of [TURBOPACK, BOOTSTRAP, FLIGHT, 'self.__next_f.push([2,null])', 'self.__next_f.push([3,"AAEC"])']) expect(frameworkScript(script), script).toBe(true);
    for (const script of [
      "go()",
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"]),alert(1)//)',
      "self.__next_f.push(alert(1))",
      'self.__next_f.push([1,"a","b"])',
      "self.__next_f.push([4,\"x\"])",
      "(self.__next_f=self.__next_f||[]).push([1])",
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["//evil.example/x.js"],"runtimeModuleIds":[1]});',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[],"runtimeModuleIds":[1],"script":"alert(1)"});',
    ]) expect(frameworkScript(script), script).toBe(false);
  });

  it("allows a cached page's Next.js scripts by hash, and no other inline script, JSON data block or external file", () => {
    const html = `<script id="_R_">${TURBOPACK}</script><script>${BOOTSTRAP}</script><script>${FLIGHT}</script><script src="/_next/a.js"></script><script type="application/ld+json">{"a":1}</script><script>go()</script><p><script>alert(document.cookie)</script></p>`;
    expect(scriptPolicyFor(html)).toBe(`script-src 'self' ${sha256(TURBOPACK)} ${sha256(BOOTSTRAP)} ${sha256(FLIGHT)}`);
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
