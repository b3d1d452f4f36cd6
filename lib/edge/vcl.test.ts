import { describe, expect, it } from "vitest";
import { EdgeConfigError, aclEntry, parseBackend, renderVcl, renderVclHeader, unavailablePage } from "@/lib/edge/vcl";

const options = { backends: [{ host: "10.0.0.2", port: 3000 }, { host: "app-b.internal", port: 3001 }], purgers: ["10.0.0.0/24"], siteName: "The Daily" };

describe("the edge's VCL", () => {
  it("declares every app server with the health probe, in one round-robin director", () => {
    const header = renderVclHeader(options);
    expect(header).toMatch(/^vcl 4\.1;/);
    expect(header).toContain('.url = "/api/health";');
    expect(header).toContain('backend app_1 {\n  .host = "10.0.0.2";\n  .port = "3000";\n  .probe = masthead_health;');
    expect(header).toContain('backend app_2 {\n  .host = "app-b.internal";\n  .port = "3001";');
    expect(header).toContain("masthead_origin.add_backend(app_1);\n  masthead_origin.add_backend(app_2);");
  });

  it("sends a read retried after one app server failed to the next one, the last to the first", () => {
    const three = renderVclHeader({ ...options, backends: [...options.backends, { host: "10.0.0.4", port: 3000 }] });
    expect(three).toContain(
      'sub masthead_next_backend {\n  if (bereq.http.X-Edge-Failed == "app_1") {\n    set bereq.backend = app_2;\n  }\n' +
        '  elsif (bereq.http.X-Edge-Failed == "app_2") {\n    set bereq.backend = app_3;\n  }\n' +
        '  elsif (bereq.http.X-Edge-Failed == "app_3") {\n    set bereq.backend = app_1;\n  }\n}',
    );
  });

  it("allows purges from the listed networks only, and trusts the listed proxies' X-Forwarded-For", () => {
    const header = renderVclHeader({ ...options, proxies: ["127.0.0.1", "2001:db8::/32"] });
    expect(header).toContain('acl masthead_purgers {\n  "10.0.0.0"/24;\n}');
    expect(header).toContain('acl masthead_proxies {\n  "127.0.0.1";\n  "2001:db8::"/32;\n}');
    expect(renderVclHeader(options)).toContain("acl masthead_proxies {\n}");
  });

  it("ends with the shared policy", () => {
    expect(renderVcl(options, "sub vcl_recv {}\n")).toMatch(/masthead_unavailable_page \{[\s\S]*\}\n\nsub vcl_recv \{\}\n$/);
    expect(renderVcl(options)).toContain("sub vcl_hit {");
  });

  it("names the site on the page shown while no app server answers, escaped", () => {
    expect(unavailablePage("Tom & Jerry's <News>", "lt")).toContain('<html lang="lt">');
    expect(unavailablePage("Tom & Jerry's <News>")).toContain("<h1>Tom &amp; Jerry's &lt;News&gt; is briefly unavailable</h1>");
    expect(renderVclHeader({ ...options, siteName: 'Braces "} here' })).toContain("Braces &quot;} here is briefly unavailable");
  });

  it("reads app server addresses as operators write them", () => {
    expect(parseBackend("10.0.0.2:3000")).toEqual({ host: "10.0.0.2", port: 3000 });
    expect(parseBackend("app.internal")).toEqual({ host: "app.internal", port: 3000 });
    expect(parseBackend("[::1]:8080")).toEqual({ host: "::1", port: 8080 });
  });

  it.each(["", "10.0.0.2:0", "10.0.0.2:70000", 'evil"; }', "a b:80", "http://10.0.0.2:3000"])("refuses the app server %j", (value) => {
    expect(() => parseBackend(value)).toThrow(EdgeConfigError);
  });

  it.each(["10.0.0.300", "10.0.0.0/33", "::1/129", "example.com", '1.2.3.4"; }', "10.0.0.0/24/8", "10.0.0.0/x"])("refuses the ACL entry %j", (value) => {
    expect(() => aclEntry(value)).toThrow(EdgeConfigError);
  });

  it("needs at least one app server", () => {
    expect(() => renderVclHeader({ ...options, backends: [] })).toThrow(/at least one app server/);
  });
});
