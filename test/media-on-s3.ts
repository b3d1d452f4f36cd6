/**
 * Setup file of the `integration-s3` project: every test file gets its own local S3 server
 * (scripts/lib/s3-server.ts) and a bucket, and the app is pointed at it before lib/env.ts reads
 * the environment, so the same tests run with MEDIA_STORAGE=s3.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { startS3Server } from "@/scripts/lib/s3-server";
import { registerS3Server } from "@/test/stored-media";

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-s3-"));
const server = await startS3Server({ directory, bucket: "masthead-test-media" });
Object.assign(process.env, server.mediaEnv);
registerS3Server(server);

afterAll(async () => {
  await server.close().catch(() => undefined); // a test may have shut it down already
  fs.rmSync(directory, { recursive: true, force: true });
});
