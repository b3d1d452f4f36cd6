// `node --require` by scripts/start.sh: X-Forwarded-For completed with the socket's address from the first request on.
require("../lib/request/peer.cjs").appendPeerToForwardedFor();
