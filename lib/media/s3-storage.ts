/**
 * Image variants in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, …), shared by every
 * app server: object `<key>/<width>.<format>`. Only object-level calls are made (PutObject,
 * GetObject, DeleteObject), so the credentials need no right to list or configure the bucket.
 * An object is visible as soon as it is written; a set is still all or nothing for the site,
 * because a key is new for every upload and its row is written only once every file is stored
 * (a failed set is deleted again).
 */
import "server-only";
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { Env } from "@/lib/env";
import { MediaStorageError, type MediaFile, type MediaStorage } from "@/lib/media/storage-interface";
import { variantFileNames } from "@/lib/media/variants";

/** Variants never change under their key: a CDN serving the bucket directly may keep them for good. */
const OBJECT_CACHE_CONTROL = "public, max-age=31536000, immutable";

type S3Settings = Pick<Env, "S3_BUCKET" | "S3_REGION" | "S3_ENDPOINT" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FORCE_PATH_STYLE">;

/** What went wrong, in S3's words (`AccessDenied`, `NoSuchBucket`) or the network's (`ECONNREFUSED`). */
function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return "unknown";
  const { code, name } = error as Error & { code?: unknown };
  return typeof code === "string" && code ? code : name || "unknown";
}

/** No such object: a missing image. A missing bucket is a storage that is not set up, and no 404. */
function isAbsent(error: unknown): boolean {
  if (!(error instanceof Error) || error.name === "NoSuchBucket") return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return error.name === "NoSuchKey" || status === 404;
}

export function createS3Storage(settings: S3Settings): MediaStorage {
  const bucket = settings.S3_BUCKET;
  if (!bucket || !settings.S3_REGION) throw new Error("MEDIA_STORAGE=s3 needs S3_BUCKET and S3_REGION (lib/env.ts checks both)");
  const client = new S3Client({
    region: settings.S3_REGION,
    ...(settings.S3_ENDPOINT ? { endpoint: settings.S3_ENDPOINT } : {}),
    forcePathStyle: settings.S3_FORCE_PATH_STYLE,
    // Without keys the SDK's own chain applies (an instance or task role, AWS_* variables).
    ...(settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY
      ? { credentials: { accessKeyId: settings.S3_ACCESS_KEY_ID, secretAccessKey: settings.S3_SECRET_ACCESS_KEY } }
      : {}),
    // An unreachable storage is reported within seconds, not after the operating system gives up.
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 15_000 },
  });
  const objectKey = (key: string, name: string) => `${key}/${name}`;
  const removeNames = (key: string, names: readonly string[]) =>
    Promise.allSettled(names.map((name) => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key, name) }))));

  return {
    kind: "s3",
    async writeSet(key: string, files: readonly MediaFile[]) {
      const writes = await Promise.allSettled(
        files.map((file) =>
          client.send(
            new PutObjectCommand({ Bucket: bucket, Key: objectKey(key, file.name), Body: file.bytes, ContentType: file.contentType, CacheControl: OBJECT_CACHE_CONTROL }),
          ),
        ),
      );
      const failed = writes.find((w) => w.status === "rejected");
      if (!failed) return;
      await removeNames(key, files.map((f) => f.name));
      throw new MediaStorageError(causeOf(failed.reason), "s3", failed.reason);
    },
    async read(key: string, name: string) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key, name) }));
        if (!object.Body) return null;
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        if (isAbsent(error)) return null;
        throw new MediaStorageError(causeOf(error), "s3", error);
      }
    },
    async remove(key: string) {
      const results = await removeNames(key, variantFileNames());
      const failed = results.find((r) => r.status === "rejected");
      if (failed) throw new MediaStorageError(causeOf(failed.reason), "s3", failed.reason);
    },
  };
}
