/**
 * How long the CacheInvalidation log keeps its rows. A reader of the log that has not read it for
 * longer than this (a page cache process, an edge the purger could not reach) may have missed
 * rows, and must treat everything it holds as stale.
 */
export const KEEP_INVALIDATIONS_MS = 7 * 24 * 60 * 60 * 1000;
