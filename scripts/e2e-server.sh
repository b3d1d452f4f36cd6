#!/usr/bin/env bash
# Started by playwright.config.ts: a fresh database with the demo newsroom and the test
# fixtures, mail going to the local sink, and the production build on E2E_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."

dir="$(pwd)/.e2e/${E2E_PORT}"
rm -rf "$dir"
mkdir -p "$dir"
export NODE_ENV=production
export DATABASE_URL="file:${dir}/masthead.db"
export UPLOADS_DIR="${dir}/uploads"
export SITE_URL="http://127.0.0.1:${E2E_PORT}"
export AUTH_SECRET="e2e-secret-e2e-secret-e2e-secret-0123456789"
export SMTP_URL="smtp://127.0.0.1:${MAIL_SINK_SMTP_PORT}"
export EMAIL_FROM="Masthead <news@masthead.example>"
export SCHEDULER_INTERVAL_SECONDS=2
# The tests play the proxy in front: each browser context's address is the X-Forwarded-For entry it sends.
export TRUST_PROXY=1

npm run --silent db:seed
npx tsx --conditions=react-server e2e/fixtures/seed-fixtures.ts
# The server behind the edge (scripts/e2e-edge-server.sh) starts from a copy of this newsroom,
# taken before this server opens it: one seed serves both.
if [ -n "${E2E_RUN:-}" ]; then
  mkdir -p "${dir}/seeded.tmp"
  cp "$dir"/masthead.db* "${dir}/seeded.tmp/"
  mkdir -p "$UPLOADS_DIR"
  cp -r "$UPLOADS_DIR" "${dir}/seeded.tmp/uploads"
  mv "${dir}/seeded.tmp" "${dir}/seeded-${E2E_RUN}"
fi
exec bash scripts/start.sh -H 127.0.0.1 -p "$E2E_PORT"
