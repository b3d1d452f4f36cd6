#!/usr/bin/env bash
# Started by playwright.config.ts for the browser tests in e2e/import: an empty newsroom into
# which the Baltic Tech Desk export of E2E_IMPORT_SYSTEM (wordpress, the default, or ghost;
# test/fixtures/imports) is imported, served by the production build on E2E_IMPORT_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."

system="${E2E_IMPORT_SYSTEM:-wordpress}"
dir="$(pwd)/.e2e/${E2E_IMPORT_PORT}"
rm -rf "$dir"
mkdir -p "$dir"
export NODE_ENV=production
export DATABASE_URL="file:${dir}/masthead.db"
export UPLOADS_DIR="${dir}/uploads"
export SITE_URL="http://127.0.0.1:${E2E_IMPORT_PORT}"
export AUTH_SECRET="e2e-secret-e2e-secret-e2e-secret-0123456789"
export SCHEDULER_INTERVAL_SECONDS=2
# The desk's editor and the imported commenters sign in by the link mailed to the local sink.
export SMTP_URL="smtp://127.0.0.1:${MAIL_SINK_SMTP_PORT}"
export EMAIL_FROM="Masthead <news@masthead.example>"
# The tests play the proxy in front: each browser context's address is the X-Forwarded-For entry it sends.
export TRUST_PROXY=1

npm run --silent db:migrate
fixtures=test/fixtures/imports/${system}
case "$system" in
  wordpress) node bin/masthead.mjs import wordpress "$fixtures/export.xml" --media "$fixtures/uploads" ;;
  # redirects.yaml beside the export is read without being named.
  ghost) node bin/masthead.mjs import ghost "$fixtures/export.json" --media "$fixtures/images" ;;
  *) echo "E2E_IMPORT_SYSTEM must be wordpress or ghost, not ${system}" >&2; exit 2 ;;
esac
# The editor who checks the imported drafts and scheduled stories (e2e/import/import-desk.ts).
node bin/masthead.mjs users:add desk@baltic-tech-desk.example --role EDITOR
exec bash scripts/start.sh -H 127.0.0.1 -p "$E2E_IMPORT_PORT"
