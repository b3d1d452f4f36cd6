// @ts-check
/**
 * The build id Next.js stamps on a build (its asset paths, and what a browser's client-side
 * navigation must match). Every app server of a cluster must serve the same one: build once and
 * copy the build to each host, or build on each host with the same MASTHEAD_BUILD_ID (e.g. the
 * commit). Read by next.config.js's `generateBuildId`; pure. CommonJS, because next.config.js is
 * loaded by Node.js itself, which cannot load a TypeScript module.
 */

const BUILD_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * The build id MASTHEAD_BUILD_ID names, or null for Next.js's own random one.
 * @param {string | undefined} value
 * @returns {string | null}
 */
function buildIdFrom(value) {
  const id = value?.trim();
  if (!id) return null;
  if (!BUILD_ID_PATTERN.test(id)) {
    throw new Error(`MASTHEAD_BUILD_ID must be 1–64 letters, digits, dots, dashes or underscores, such as a commit hash (got "${id}")`);
  }
  return id;
}

module.exports = { buildIdFrom };
