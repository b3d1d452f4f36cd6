/**
 * The ports of the browser tests' server and mail sink: E2E_PORT, MAIL_SINK_SMTP_PORT and
 * MAIL_SINK_HTTP_PORT when set, otherwise free ones picked once by the process that reads the
 * Playwright config and written back to its environment, which the test workers inherit.
 */
import { freePortSync } from "../../scripts/lib/free-port";

function portFrom(variable: string): number {
  const given = process.env[variable];
  if (given) return Number(given);
  const port = freePortSync();
  process.env[variable] = String(port);
  return port;
}

export const E2E_PORT = portFrom("E2E_PORT");
/** The servers of e2e/import: an empty newsroom with the shared WordPress export imported, and one with the Ghost export. */
export const E2E_IMPORT_PORT = portFrom("E2E_IMPORT_PORT");
export const E2E_IMPORT_GHOST_PORT = portFrom("E2E_IMPORT_GHOST_PORT");
/** The browser tests through the edge (e2e/edge, scripts/e2e-edge-server.sh): Varnish, and the server behind it. */
export const E2E_EDGE_PORT = portFrom("E2E_EDGE_PORT");
export const E2E_EDGE_APP_PORT = portFrom("E2E_EDGE_APP_PORT");
export const MAIL_SINK = { smtpPort: portFrom("MAIL_SINK_SMTP_PORT"), httpPort: portFrom("MAIL_SINK_HTTP_PORT") };
