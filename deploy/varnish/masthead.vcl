# Masthead's edge policy for Varnish 7 with the xkey module (Debian: varnish, varnish-modules).
#
# This file is the second half of the VCL that varnishd loads. The first half is generated for
# each site by `npx masthead edge:vcl` (lib/edge/vcl.ts): the app servers as backends with a
# health probe on /api/health, the director `masthead_origin` spreading requests over them, the
# ACLs `masthead_purgers` (who may PURGE and BAN) and `masthead_proxies` (TLS terminators whose
# X-Forwarded-For is trusted), and `masthead_unavailable_page`. docs/edge.md explains the whole.
#
# What it does:
# - Public pages, feeds, sitemaps, images and build assets (an allow-list of paths, GET or HEAD)
#   are looked up in the cache without cookies: a signed-in reader gets the copy everyone gets,
#   exactly as the origin serves it (the reader's own parts come from /api/viewer). Everything
#   else passes to the origin with its cookies: the admin, account and sign-in pages, /api/*,
#   discussion pages, search, every POST, and any request carrying Next.js's draft-mode cookie.
# - The origin's Cache-Control decides what is kept and for how long (s-maxage); its
#   stale-while-revalidate is how long a stale copy is served while a fresh one is fetched.
# - A read that an app server fails to answer (refused, or dead before its headers) is sent to the
#   next app server at once, before the health probes notice; a POST never is. Reads are kept
#   whole before they are sent (but personal HTML, which streams), so one whose server dies
#   half-way is read again rather than reaching the reader cut off.
# - While every origin is down or failing, a cached page is served for up to 24 hours past its
#   lifetime (stale-if-error), marked `X-Edge-Stale`; anything else gets a clear 503 page.
# - PURGE with an `xkey-purge` header forgets every object carrying one of the listed keys (the
#   `xkey` header the origin sends with each cacheable response); BAN forgets everything.
# - Cache keys ignore every query parameter but `page` and `q` (tracking parameters such as
#   utm_* and fbclid would otherwise split the cache); text is gzipped once, when stored.
# - Responses say what the cache did: `X-Cache: HIT | MISS | PASS` (and `X-Cache-Hits`).

import std;
import xkey;

sub vcl_recv {
  if (req.restarts == 0) {
    # Headers this policy uses to remember its decisions across restarts: never a client's.
    unset req.http.X-Edge-Failed;
    unset req.http.X-Edge-Cacheable;
    unset req.http.X-Edge-Cache;
    unset req.http.X-Edge-Refresh;
    unset req.http.X-Edge-Stale;
    unset req.http.X-Edge-Served-Stale;
    unset req.http.X-Edge-Purged;
    call masthead_client_address;
  }

  if (req.method == "PURGE" || req.method == "BAN") {
    call masthead_purge;
  }

  if (!req.http.Host && req.proto ~ "^(?i)HTTP/1.1") {
    return (synth(400));
  }
  set req.backend_hint = masthead_origin.backend();

  if (req.http.X-Edge-Refresh) {
    # vcl_hit found a copy past its stale-while-revalidate time: fetch a fresh one now.
    set req.grace = 0s;
  } else {
    # No limit but the object's own grace (a restart keeps what an earlier pass set).
    set req.grace = 365d;
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url !~ "^/(?:$|\?|articles/[^/?]+/?(?:\?|$)|articles/[^/?]+/opengraph-image|(?:sections|tags|authors)/[^/?]+(?:/page/[0-9]+)?/?(?:\?|$)|(?:sections|authors)/[^/?]+/feed\.xml(?:\?|$)|(?:corrections|feed\.xml|sitemap\.xml|news-sitemap\.xml|robots\.txt|icon\.svg|favicon\.ico|logo\.png|logo\.svg)(?:\?|$)|sitemaps/[^/?]+\.xml(?:\?|$)|media/|_next/static/)") {
    return (pass);
  }
  # Next.js's draft mode (an editor's preview) renders per request: never from or into the cache.
  if (req.http.Cookie ~ "(?:^|;\s*)__prerender_bypass=") {
    return (pass);
  }
  # A client-side navigation's React Server Components payload: the origin's own cache serves it.
  if (req.http.RSC || req.url ~ "[?&]_rsc=") {
    return (pass);
  }

  set req.http.X-Edge-Cacheable = "1";
  # The origin renders these routes the same for everyone: cookies and credentials change nothing.
  unset req.http.Cookie;
  unset req.http.Authorization;
  # Request headers the origin varies on that only client-side navigations send.
  unset req.http.Next-Router-State-Tree;
  unset req.http.Next-Router-Prefetch;
  unset req.http.Next-Router-Segment-Prefetch;
  unset req.http.Next-Url;
  call masthead_normalise_query;
  return (hash);
}

# The app takes its client address from X-Forwarded-For (TRUST_PROXY=1: the right-most entry).
# varnishd has appended the address it sees. When that address is a trusted TLS terminator in
# front, the terminator has appended the real client already: drop varnishd's entry, so that the
# right-most entry is the client either way. (A terminator speaking the PROXY protocol needs no
# entry in masthead_proxies: varnishd then sees the client's own address.)
sub masthead_client_address {
  if (client.ip ~ masthead_proxies) {
    if (req.http.X-Forwarded-For ~ ",") {
      set req.http.X-Forwarded-For = regsub(req.http.X-Forwarded-For, ",\s*[^,]*$", "");
    } else {
      unset req.http.X-Forwarded-For;
    }
  }
}

sub masthead_purge {
  if (client.ip !~ masthead_purgers) {
    return (synth(403, "Purging is not allowed from this address"));
  }
  if (req.method == "BAN") {
    ban("obj.status != 0");
    return (synth(200, "Banned"));
  }
  if (!req.http.xkey-purge) {
    return (synth(400, "A PURGE needs an xkey-purge header"));
  }
  set req.http.X-Edge-Purged = xkey.purge(req.http.xkey-purge);
  return (synth(200, "Purged"));
}

# Keeps only `page` and `q`, sorted, so that links carrying tracking parameters share one copy.
sub masthead_normalise_query {
  if (req.url ~ "\?") {
    set req.url = regsub(req.url, "#.*$", "");
    set req.url = regsuball(req.url, "([?&])(?!(?:page|q)=)[^&]*", "\1");
    set req.url = regsuball(req.url, "&{2,}", "&");
    set req.url = regsub(req.url, "\?&", "?");
    set req.url = regsub(req.url, "[?&]$", "");
    set req.url = std.querysort(req.url);
  }
}

sub vcl_hit {
  if (obj.ttl >= 0s) {
    set req.http.X-Edge-Cache = "HIT";
    return (deliver);
  }
  # A stale copy. While no origin can answer (the probes say so, or a fetch just failed), serve it.
  if (req.http.X-Edge-Stale || !std.healthy(req.backend_hint)) {
    if (!req.http.X-Edge-Stale) {
      set req.http.X-Edge-Stale = "origin-down";
    }
    set req.http.X-Edge-Cache = "HIT";
    set req.http.X-Edge-Served-Stale = "1";
    return (deliver);
  }
  # Within the origin's stale-while-revalidate: serve it; Varnish refreshes it in the background.
  if (obj.ttl + std.duration(obj.http.X-Edge-SWR + "s", 0s) >= 0s) {
    set req.http.X-Edge-Cache = "HIT";
    return (deliver);
  }
  # Older than the origin allows: fetch now (vcl_recv sets req.grace to 0 on the restart).
  set req.http.X-Edge-Refresh = "1";
  return (restart);
}

sub vcl_miss {
  set req.http.X-Edge-Cache = "MISS";
}

sub vcl_pass {
  set req.http.X-Edge-Cache = "PASS";
}

sub vcl_backend_fetch {
  if (bereq.http.X-Edge-Failed) {
    # A retry (vcl_backend_error): the server after the one that failed, not the director's choice,
    # which under concurrent requests could be the failed one again.
    call masthead_next_backend;
    unset bereq.http.X-Edge-Failed;
  }
  unset bereq.http.X-Edge-Cacheable;
  unset bereq.http.X-Edge-Cache;
  unset bereq.http.X-Edge-Refresh;
  unset bereq.http.X-Edge-Stale;
  unset bereq.http.X-Edge-Served-Stale;
}

sub vcl_backend_response {
  if ((bereq.method == "GET" || bereq.method == "HEAD") && (!bereq.uncacheable || beresp.http.Content-Type !~ "^text/(?:html|x-component)")) {
    # Kept whole before it is sent: an app server that dies half-way through a page or an API
    # answer fails the fetch, and the read is tried again (vcl_synth) rather than reaching the
    # reader cut off. Personal pages (HTML and React Server Components) stream as they render.
    set beresp.do_stream = false;
  }
  if (bereq.uncacheable) {
    return (deliver);
  }
  if (beresp.status >= 500) {
    # A failing origin never replaces a copy: the fetch gives up (a refresh in the background
    # quietly; a reader's own is answered from the stale copy, see vcl_synth).
    return (abandon);
  }
  if (!beresp.http.Cache-Control) {
    # The origin said nothing about caching (a route handler's plain 404): keep nothing.
    set beresp.ttl = 0s;
    set beresp.grace = 0s;
    set beresp.uncacheable = true;
    return (deliver);
  }
  if (beresp.ttl > 0s && !beresp.http.Set-Cookie && beresp.http.Cache-Control !~ "(?i)(?:no-cache|no-store|private)") {
    # Varnish has read the lifetime from s-maxage and the grace from stale-while-revalidate.
    # Remember the origin's grace, and keep the copy for a day past its lifetime in case every
    # origin goes down (vcl_hit serves it past the origin's grace only then).
    set beresp.http.X-Edge-SWR = beresp.grace;
    set beresp.grace = 24h;
  }
  if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~ "^(?:text/|application/(?:xml|rss\+xml|json|javascript|manifest\+json)|image/svg\+xml)") {
    set beresp.do_gzip = true;
  }
}

sub vcl_backend_error {
  if (bereq.is_bgfetch) {
    return (abandon);
  }
  # No answer from this app server (it refused the connection or died before its headers), and
  # the probes have not noticed yet: a read goes to the next server instead. A POST is never
  # sent twice (the first server may have acted on it before dying).
  if (bereq.retries == 0 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    set bereq.http.X-Edge-Failed = beresp.backend.name;
    return (retry);
  }
  set beresp.http.Content-Type = "text/html; charset=utf-8";
  set beresp.http.Cache-Control = "no-store";
  set beresp.http.Retry-After = "30";
  set beresp.http.Content-Security-Policy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
  set beresp.http.X-Content-Type-Options = "nosniff";
  call masthead_unavailable_page;
  return (deliver);
}

sub vcl_deliver {
  if (resp.status >= 500 && req.http.X-Edge-Cacheable && !req.http.X-Edge-Stale) {
    # The origin failed on a cacheable page: look again, this time taking any stale copy.
    set req.http.X-Edge-Stale = "origin-error";
    unset req.http.X-Edge-Refresh;
    return (restart);
  }
  set resp.http.X-Cache = req.http.X-Edge-Cache;
  set resp.http.X-Cache-Hits = obj.hits;
  if (req.http.X-Edge-Served-Stale) {
    set resp.http.X-Edge-Stale = req.http.X-Edge-Stale;
  }
  # The keys are for this cache, not for readers.
  unset resp.http.xkey;
  unset resp.http.Surrogate-Key;
  unset resp.http.X-Edge-SWR;
}

sub vcl_synth {
  if (resp.status == 503 && !req.http.X-Edge-Cacheable && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
    # A read of a personal route whose app server died half-way (vcl_backend_response): once more.
    return (restart);
  }
  if (resp.status == 503 && req.http.X-Edge-Cacheable) {
    # A fetch of a cacheable page gave up (the origin answered 5xx).
    if (!req.http.X-Edge-Stale) {
      set req.http.X-Edge-Stale = "origin-error";
      unset req.http.X-Edge-Refresh;
      return (restart);
    }
    set resp.http.Content-Type = "text/html; charset=utf-8";
    set resp.http.Retry-After = "30";
    set resp.http.Content-Security-Policy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
    set resp.http.X-Content-Type-Options = "nosniff";
    set resp.http.Cache-Control = "no-store";
    call masthead_unavailable_page;
    return (deliver);
  }
  set resp.http.Cache-Control = "no-store";
  if (req.method == "PURGE" || req.method == "BAN") {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    if (req.http.X-Edge-Purged) {
      set resp.http.X-Purged = req.http.X-Edge-Purged;
    }
    synthetic(resp.reason + {"
"});
    return (deliver);
  }
}
