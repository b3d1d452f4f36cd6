/**
 * What the media storage under test holds, read beside the app rather than through it: the
 * uploads folder's files, or the local S3 server's objects (test/media-on-s3.ts). Both are
 * listed as `<key>/<file>`.
 */
import fs from "node:fs/promises";
import path from "node:path";
import type { RunningS3Server } from "@/scripts/lib/s3-server";

let s3Server: RunningS3Server | null = null;

/** Called by test/media-on-s3.ts once its server runs. */
export function registerS3Server(server: RunningS3Server): void {
  s3Server = server;
}

/** The S3 server the test file's app writes to, or null when the uploads folder is used. */
export function testS3Server(): RunningS3Server | null {
  return s3Server;
}

/** Every stored file, optionally under one prefix such as `<key>/`, sorted. */
export async function storedMediaFiles(prefix = ""): Promise<string[]> {
  if (s3Server) return s3Server.objectKeys(prefix);
  const root = path.resolve(process.env.UPLOADS_DIR ?? "");
  let entries: string[];
  try {
    entries = await fs.readdir(root, { recursive: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) if ((await fs.stat(path.join(root, entry))).isFile()) files.push(entry.split(path.sep).join("/"));
  return files.filter((f) => f.startsWith(prefix)).sort();
}

/**
 * Makes the storage stop answering, as an outage would: the S3 server is shut down, or the
 * uploads folder is replaced by a plain file. Only for a test file's last test.
 */
export async function breakMediaStorage(): Promise<void> {
  if (s3Server) return s3Server.close();
  const root = path.resolve(process.env.UPLOADS_DIR ?? "");
  await fs.rm(root, { recursive: true, force: true });
  await fs.writeFile(root, "not a folder");
}
