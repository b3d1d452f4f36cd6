#!/usr/bin/env bash
# `npm run demo`: build, migrate, seed an empty database and serve the production build.
# Honours PORT and the environment of the README (DATABASE_URL, UPLOADS_DIR, SITE_URL, …).
set -euo pipefail
cd "$(dirname "$0")/.."

export PORT="${PORT:-3000}"
export SITE_URL="${SITE_URL:-http://localhost:${PORT}}"
export NODE_ENV=production
# Without SMTP_URL, sign-in links are written to this terminal instead of being mailed.
[ -n "${SMTP_URL:-}" ] || export DEMO_MODE=true

if [ -z "${AUTH_SECRET:-}" ]; then
  # A demo needs a stable secret; keep one beside the demo database.
  mkdir -p data
  [ -s data/.auth-secret ] || node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("base64url"))' > data/.auth-secret
  AUTH_SECRET="$(cat data/.auth-secret)"
  export AUTH_SECRET
fi

npm run build
npm run db:seed
echo
echo "Masthead is starting on ${SITE_URL}"
cat <<EOT
  Sign in as the demo editor: open ${SITE_URL}/signin, enter editor@masthead.example,
  then open the link printed below on the "signin.link" line (it works once, for an hour).
  Other logins: admin@masthead.example (ADMIN), contributor@masthead.example (CONTRIBUTOR),
  kestrel@readers.example (a reader). The newsroom's admin is at ${SITE_URL}/admin.
EOT
exec bash scripts/start.sh -p "$PORT"
