/**
 * The largest request body any route accepts: an image upload (10 MB) with its form fields.
 * proxy.ts refuses a larger declared body with a 413 before anything reads it; the server
 * actions' own limit (next.config.ts) is the same figure.
 */
export const MAX_REQUEST_BODY_BYTES = 11 * 1024 * 1024;
