// @ts-check
/**
 * The largest request body any route accepts: an image upload (10 MB) with its form fields.
 * proxy.ts refuses a larger declared body with a 413 before anything reads it; the server
 * actions' own limit (next.config.js) is the same figure. CommonJS, because next.config.js is
 * loaded by Node.js itself, which cannot load a TypeScript module.
 */
const MAX_REQUEST_BODY_BYTES = 11 * 1024 * 1024;

module.exports = { MAX_REQUEST_BODY_BYTES };
