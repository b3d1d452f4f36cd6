/** Types of limits.cjs (CommonJS, shared by proxy.ts and next.config.js). */

export const MAX_REQUEST_BODY_BYTES: number;
