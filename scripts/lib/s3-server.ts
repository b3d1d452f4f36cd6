/**
 * A local S3-protocol server for tests and the cluster drill: s3rver (@20minutes/s3rver, the
 * maintained fork), objects in a folder, real signature-v4 checks against its fixed key pair.
 * No S3-compatible server can be installed on this machine from Debian's packages, so this one
 * comes from the npm registry; production uses AWS S3, Cloudflare R2 or MinIO (docs/production.md).
 */
import fs from "node:fs";
import S3rver from "@20minutes/s3rver";

/** s3rver's built-in account: it checks every request's signature against this pair. */
export const TEST_S3_ACCESS_KEY_ID = "S3RVER";
export const TEST_S3_SECRET_ACCESS_KEY = "S3RVER";
export const TEST_S3_REGION = "us-east-1";

export interface S3ServerOptions {
  /** Where the objects are kept; created when missing. */
  directory: string;
  bucket: string;
  /** 127.0.0.1 by default. */
  address?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface RunningS3Server {
  endpoint: string;
  bucket: string;
  /** The environment that points Masthead's media storage at this server. */
  mediaEnv: Record<string, string>;
  /** Every object key in the bucket (read from the server's own store, not over S3), sorted. */
  objectKeys(prefix?: string): Promise<string[]>;
  close(): Promise<void>;
}

export async function startS3Server(options: S3ServerOptions): Promise<RunningS3Server> {
  fs.mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({
    address: options.address ?? "127.0.0.1",
    port: options.port ?? 0,
    directory: options.directory,
    silent: true,
    vhostBuckets: false,
    configureBuckets: [{ name: options.bucket }],
  });
  const { address, port } = await server.run();
  const endpoint = `http://${address}:${port}`;
  return {
    endpoint,
    bucket: options.bucket,
    mediaEnv: {
      MEDIA_STORAGE: "s3",
      S3_ENDPOINT: endpoint,
      S3_BUCKET: options.bucket,
      S3_REGION: TEST_S3_REGION,
      S3_ACCESS_KEY_ID: TEST_S3_ACCESS_KEY_ID,
      S3_SECRET_ACCESS_KEY: TEST_S3_SECRET_ACCESS_KEY,
    },
    async objectKeys(prefix = "") {
      const { objects } = await server.store.listObjects(options.bucket, { prefix });
      return objects.map((o) => o.key).sort();
    },
    close: () => server.close(),
  };
}
