/** The S3 storage against a local S3-protocol server: what it does when the bucket will not have it. */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { createS3Storage } from "@/lib/media/s3-storage";
import { MediaStorageError } from "@/lib/media/storage-interface";
import { startS3Server, type RunningS3Server } from "@/scripts/lib/s3-server";

let server: RunningS3Server;
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-s3-storage-"));
beforeAll(async () => {
  server = await startS3Server({ directory, bucket: "masthead-s3-storage" });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

const storageWith = (over: Record<string, string>) => createS3Storage(parseEnv({ ...server.mediaEnv, ...over }));
const files = [
  { name: "320.webp", bytes: Buffer.from("webp bytes"), contentType: "image/webp" },
  { name: "320.jpg", bytes: Buffer.from("jpeg bytes"), contentType: "image/jpeg" },
];
const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => probe.once("listening", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("the S3 media storage", () => {
  it("writes, reads and removes a set under its key with the server's real signature check", async () => {
    const storage = storageWith({});
    await storage.writeSet("s3-roundtrip", files);
    expect(await server.objectKeys("s3-roundtrip/")).toEqual(["s3-roundtrip/320.jpg", "s3-roundtrip/320.webp"]);
    expect((await storage.read("s3-roundtrip", "320.webp"))?.toString()).toBe("webp bytes");
    expect(await storage.read("s3-roundtrip", "640.webp")).toBeNull();
    await storage.remove("s3-roundtrip");
    expect(await server.objectKeys("s3-roundtrip/")).toEqual([]);
  });

  it("a wrong secret is refused by the server and reported with its code; nothing is stored", async () => {
    const error = await failure(storageWith({ S3_SECRET_ACCESS_KEY: "not-the-secret" }).writeSet("s3-wrong-secret", files));
    expect(error).toBeInstanceOf(MediaStorageError);
    expect((error as MediaStorageError).code).toBe("SignatureDoesNotMatch");
    expect(await server.objectKeys("s3-wrong-secret/")).toEqual([]);
  });

  it("a bucket that does not exist is reported as such", async () => {
    const error = await failure(storageWith({ S3_BUCKET: "no-such-bucket" }).read("s3-any", "320.webp"));
    expect(error).toBeInstanceOf(MediaStorageError);
    expect((error as MediaStorageError).code).toBe("NoSuchBucket");
  });

  it("an endpoint nobody answers on is a storage error, not a missing file", async () => {
    const error = await failure(storageWith({ S3_ENDPOINT: `http://127.0.0.1:${await closedPort()}` }).read("s3-any", "320.webp"));
    expect(error).toBeInstanceOf(MediaStorageError);
    expect((error as MediaStorageError).code).toBe("ECONNREFUSED");
  });
});
