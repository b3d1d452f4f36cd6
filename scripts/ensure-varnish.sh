#!/usr/bin/env bash
# Makes sure Varnish and its xkey module are installed (Debian's varnish and varnish-modules), as
# scripts/ensure-chromium.sh does for Chromium. The edge demo, the tests through the edge and the
# benchmark start Varnish themselves (scripts/lib/varnish.ts); the system's service is never used.
set -euo pipefail

have_varnish() {
  command -v varnishd >/dev/null 2>&1 || [ -x /usr/sbin/varnishd ] || return 1
  compgen -G "/usr/lib/*/varnish/vmods/libvmod_xkey.so" >/dev/null || [ -e /usr/lib/varnish/vmods/libvmod_xkey.so ] || [ -n "${VARNISH_VMOD_PATH:-}" ]
}

if have_varnish; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "Varnish is not installed. Install Debian's 'varnish' and 'varnish-modules' packages." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing Varnish and its modules from Debian's packages…" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends varnish varnish-modules >&2
# Debian starts the package's own service (port 6081) where systemd runs; nothing here uses it.
if [ -d /run/systemd/system ]; then
  $SUDO systemctl disable --now varnish.service >&2 || true
fi
if ! have_varnish; then
  echo "Varnish was installed but varnishd or the xkey module is still missing." >&2
  exit 1
fi
