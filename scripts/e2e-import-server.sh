#!/usr/bin/env bash
# Started by playwright.config.ts for the browser tests in e2e/import: an empty newsroom into
# which the Baltic Tech Desk WordPress export (test/fixtures/imports) is imported, served by the
# production build on E2E_IMPORT_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."

dir="$(pwd)/.e2e/${E2E_IMPORT_PORT}"
rm -rf "$dir"
mkdir -p "$dir"
export NODE_ENV=production
export DATABASE_URL="file:${dir}/masthead.db"
export UPLOADS_DIR="${dir}/uploads"
export SITE_URL="http://127.0.0.1:${E2E_IMPORT_PORT}"
export AUTH_SECRET="e2e-secret-e2e-secret-e2e-secret-0123456789"
export SCHEDULER_INTERVAL_SECONDS=2
# Nobody signs in here: sign-in links, were any asked for, go to the log.
export DEMO_MODE=true

npm run --silent db:migrate
fixtures=test/fixtures/imports/wordpress
node bin/masthead.mjs import wordpress "$fixtures/export.xml" --media "$fixtures/uploads"
exec bash scripts/start.sh -H 127.0.0.1 -p "$E2E_IMPORT_PORT"
