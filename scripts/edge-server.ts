/**
 * A Varnish edge with the shipped VCL in front of app servers, in the foreground until stopped
 * (Ctrl-C or SIGTERM): `npm run demo:edge` runs it beside the demo.
 *   npx tsx scripts/edge-server.ts --port 8080 --backend 127.0.0.1:3000 [--backend …] [--dir data/edge]
 * Purges are accepted from this machine only (127.0.0.1 and ::1).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { parseBackend, renderVcl } from "@/lib/edge/vcl";
import { startVarnish } from "./lib/varnish";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8080" },
    host: { type: "string", default: "0.0.0.0" },
    backend: { type: "string", multiple: true, default: ["127.0.0.1:3000"] },
    dir: { type: "string", default: "data/edge" },
  },
});

const varnish = await startVarnish({
  vcl: renderVcl({ backends: values.backend.map(parseBackend), purgers: ["127.0.0.1", "::1"], siteName: env.SITE_NAME, language: env.SITE_LANGUAGE }),
  dir: path.resolve(values.dir),
  host: values.host,
  port: Number(values.port),
});
console.log(`Varnish (pid ${varnish.pid}) is serving port ${varnish.port} in front of ${values.backend.join(", ")}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void varnish.stop().then(() => process.exit(0));
  });
}
// Keeps running until a signal stops Varnish.
await new Promise(() => {});
