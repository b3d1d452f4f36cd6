/** Types of peer.cjs (CommonJS, preloaded by scripts/start.sh). */
export function withPeer(forwardedFor: string | string[] | undefined, peer: string | undefined): string | undefined;
export function appendPeerToForwardedFor(): void;
