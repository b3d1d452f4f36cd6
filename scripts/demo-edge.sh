#!/usr/bin/env bash
# `npm run demo:edge`: the demo (scripts/demo.sh) behind a Varnish edge with the shipped VCL, as
# readers would meet it in production: Varnish on EDGE_PORT (default 8080) in front of the app
# server on PORT (default 3000), every change purged from it at once. Installs Debian's varnish
# and varnish-modules when they are missing. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-varnish.sh

export PORT="${PORT:-3000}"
export EDGE_PORT="${EDGE_PORT:-8080}"
# Readers (and the links in sign-in mails) use the edge's address.
export SITE_URL="${SITE_URL:-http://localhost:${EDGE_PORT}}"
export EDGE_PURGE_URLS="${EDGE_PURGE_URLS:-http://127.0.0.1:${EDGE_PORT}}"

npx tsx scripts/edge-server.ts --port "$EDGE_PORT" --backend "127.0.0.1:${PORT}" --dir data/edge &
edge_pid=$!
stop_edge() {
  kill "$edge_pid" 2>/dev/null || true
  wait "$edge_pid" 2>/dev/null || true
}
trap stop_edge EXIT

# A port the edge cannot have is found now, not after the build.
for _ in $(seq 1 300); do
  if ! kill -0 "$edge_pid" 2>/dev/null; then
    echo "Varnish did not start on port ${EDGE_PORT} (is it in use? EDGE_PORT=… picks another)." >&2
    exit 1
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/${EDGE_PORT}") 2>/dev/null && break
  sleep 0.2
done

cat <<EOT

Readers: ${SITE_URL} (Varnish on port ${EDGE_PORT}, cached pages answered by the edge)
The app server itself: http://localhost:${PORT} (behind the edge; changes are purged from the edge at once)
EOT
bash scripts/demo.sh
