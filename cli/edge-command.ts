/**
 * `npx masthead edge:vcl [--backend HOST:PORT]… [--purger ADDRESS[/BITS]]… [--proxy ADDRESS[/BITS]]…
 * [--out FILE]`: the VCL of a Varnish edge in front of the app servers (lib/edge/vcl.ts).
 */
import fs from "node:fs/promises";
import { parseArgs } from "node:util";

export const EDGE_HELP = `  edge:vcl [options]                the VCL for a Varnish edge in front of the app servers:
    --backend HOST:PORT             an app server (repeat for each; default 127.0.0.1:3000)
    --purger ADDRESS[/BITS]         who may purge: the app servers (repeat; default 127.0.0.1, ::1)
    --proxy ADDRESS[/BITS]          a TLS terminator in front whose X-Forwarded-For is trusted (repeat)
    --out FILE                      write it there instead of to standard output`;

export class EdgeUsageError extends Error {}

function parseEdgeArgs(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        backend: { type: "string", multiple: true },
        purger: { type: "string", multiple: true },
        proxy: { type: "string", multiple: true },
        out: { type: "string" },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new EdgeUsageError(error instanceof Error ? error.message : String(error));
  }
}

export async function runEdgeVclCommand(args: readonly string[]): Promise<number> {
  const values = parseEdgeArgs(args);
  const { env } = await import("@/lib/env");
  const { EdgeConfigError, parseBackend, renderVcl } = await import("@/lib/edge/vcl");
  let vcl: string;
  try {
    vcl = renderVcl({
      backends: (values.backend ?? ["127.0.0.1:3000"]).map(parseBackend),
      purgers: values.purger ?? ["127.0.0.1", "::1"],
      proxies: values.proxy ?? [],
      siteName: env.SITE_NAME,
      language: env.SITE_LANGUAGE,
    });
  } catch (error) {
    if (error instanceof EdgeConfigError) throw new EdgeUsageError(error.message);
    throw error;
  }
  if (!values.out) {
    process.stdout.write(vcl);
    return 0;
  }
  await fs.writeFile(values.out, vcl);
  console.log(`Wrote ${values.out}. Load it with: varnishd -f ${values.out} (see docs/edge.md).`);
  return 0;
}
