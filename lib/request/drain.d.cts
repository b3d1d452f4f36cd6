/** Types of drain.cjs (CommonJS, preloaded by scripts/start.sh). */
export function closeKeepAliveWhenDraining(): void;
