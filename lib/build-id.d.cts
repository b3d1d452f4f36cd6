/** Types of build-id.cjs (CommonJS, read by next.config.js). */

export function buildIdFrom(value: string | undefined): string | null;
