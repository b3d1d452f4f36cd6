#!/usr/bin/env bash
# `npm test`: every check, in the order a failure is cheapest to find.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Prisma clients (SQLite and PostgreSQL)"
npm run --silent db:generate >/dev/null
step "Route types"
npx next typegen >/dev/null
step "Type-check"
npx tsc --noEmit
step "Lint"
npx eslint --max-warnings 0 .
step "Unit tests"
npx vitest run --project unit
step "Varnish for the tests through the edge"
bash scripts/ensure-varnish.sh
step "Integration tests (SQLite)"
npx vitest run --project integration
step "Integration tests (PostgreSQL, a throwaway server)"
TEST_DATABASE=postgresql npx vitest run --project integration
step "Integration tests (images on a local S3-protocol server)"
npx vitest run --project integration-s3
step "Production build"
# The build renders the static public routes once, so it needs a migrated database (an empty one
# will do: the server renders them afresh from its own database when it starts).
npx tsx scripts/migrate.ts >/dev/null
npx next build
step "Browser tests (Chromium)"
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)" npx playwright test
