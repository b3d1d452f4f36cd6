// `node --require` by scripts/start.sh, before the server listens: X-Forwarded-For completed with the
// socket's address from the first request on, and keep-alive connections let go of when the server closes.
require("../lib/request/peer.cjs").appendPeerToForwardedFor();
require("../lib/request/drain.cjs").closeKeepAliveWhenDraining();
