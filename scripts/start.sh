#!/usr/bin/env bash
# `npm start`: the production server (`next start`, arguments passed on), with the V8 heap capped
# at 256 MB unless NODE_OPTIONS already sets --max-old-space-size. Node.js otherwise lets the heap
# grow with the load and keeps what it grew; docs/operations.md, "Memory", has the measurements behind the figure.
# Every launcher of the app (demo, browser tests, Lighthouse, reliability suite, benchmark) starts
# it through this file, so they all run the server as it ships.
set -euo pipefail
cd "$(dirname "$0")/.."

case " ${NODE_OPTIONS:-} " in
  *" --max-old-space-size="* | *" --max_old_space_size="*) ;;
  *) export NODE_OPTIONS="${NODE_OPTIONS:+${NODE_OPTIONS} }--max-old-space-size=256" ;;
esac
# glibc gives each thread that allocates its own memory arena, and keeps what the arenas grew: the
# image library's worker threads (uploads, lib/media/storage.ts) left the server 130 MB larger after
# five 25-megapixel uploads with the default, 60 MB with two arenas (reliability part 46).
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# Preloaded (scripts/preload-server.cjs): X-Forwarded-For completed with the socket's address before Next.js sees a
# request (lib/request/peer.cjs), and keep-alive connections let go of when the server closes (lib/request/drain.cjs).
exec node --require ./scripts/preload-server.cjs node_modules/next/dist/bin/next start "$@"
