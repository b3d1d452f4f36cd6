/**
 * Runs the local S3-protocol server (scripts/lib/s3-server.ts) until SIGTERM or SIGINT, for the
 * cluster drill's storage host or a demo on object storage:
 *   tsx scripts/s3-server.ts --directory <dir> --bucket <name> [--address 127.0.0.1] [--port 0]
 * Prints one JSON line with the endpoint and the environment for the app servers when ready.
 */
import { parseArgs } from "node:util";
import { startS3Server } from "./lib/s3-server";

const { values } = parseArgs({
  options: {
    directory: { type: "string" },
    bucket: { type: "string", default: "masthead-media" },
    address: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: "0" },
  },
});
if (!values.directory) {
  console.error("usage: tsx scripts/s3-server.ts --directory <dir> [--bucket <name>] [--address <ip>] [--port <n>]");
  process.exit(2);
}
const server = await startS3Server({ directory: values.directory, bucket: values.bucket, address: values.address, port: Number(values.port) });
console.log(JSON.stringify({ event: "s3.ready", endpoint: server.endpoint, env: server.mediaEnv }));
const stop = () => void server.close().then(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
