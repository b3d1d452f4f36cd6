#!/usr/bin/env bash
# Started by playwright.config.ts for the browser tests through the edge (e2e/edge): a newsroom of
# its own (a copy of the one scripts/e2e-server.sh seeds for this run, E2E_RUN, taken before that
# server opened it), Varnish with the shipped VCL on E2E_EDGE_PORT, and the production build
# behind it on E2E_EDGE_APP_PORT, purging the edge. Readers (and the tests) use the edge's address.
# Playwright stops the whole process group.
set -euo pipefail
cd "$(dirname "$0")/.."

dir="$(pwd)/.e2e/${E2E_EDGE_PORT}"
rm -rf "$dir"
mkdir -p "$dir"
export NODE_ENV=production
export DATABASE_URL="file:${dir}/masthead.db"
export UPLOADS_DIR="${dir}/uploads"
export SITE_URL="http://127.0.0.1:${E2E_EDGE_PORT}"
export AUTH_SECRET="e2e-secret-e2e-secret-e2e-secret-0123456789"
export SMTP_URL="smtp://127.0.0.1:${MAIL_SINK_SMTP_PORT}"
export EMAIL_FROM="Masthead <news@masthead.example>"
export SCHEDULER_INTERVAL_SECONDS=2
export EDGE_PURGE_URLS="http://127.0.0.1:${E2E_EDGE_PORT}"
# The edge appends the reader's address to X-Forwarded-For: one proxy hop to trust.
export TRUST_PROXY=1

seeded="$(pwd)/.e2e/${E2E_PORT}/seeded-${E2E_RUN}"
for _ in $(seq 1 1800); do
  [ -d "$seeded" ] && break
  sleep 0.2
done
if [ ! -d "$seeded" ]; then
  echo "The browser tests' newsroom (${seeded}) was not seeded within 6 minutes." >&2
  exit 1
fi
cp "$seeded"/masthead.db* "$dir/"
cp -r "${seeded}/uploads" "$UPLOADS_DIR"

# The edge first, so that the server's first purge (a ban: the edge was never purged) finds it.
npx tsx scripts/edge-server.ts --host 127.0.0.1 --port "$E2E_EDGE_PORT" --backend "127.0.0.1:${E2E_EDGE_APP_PORT}" --dir "${dir}/edge" &
for _ in $(seq 1 300); do
  (exec 3<>"/dev/tcp/127.0.0.1/${E2E_EDGE_PORT}") 2>/dev/null && break
  sleep 0.2
done
exec bash scripts/start.sh -H 127.0.0.1 -p "$E2E_EDGE_APP_PORT"
