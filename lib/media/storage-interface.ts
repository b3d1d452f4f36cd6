/** The contract both media storages keep (lib/media/local-storage.ts, lib/media/s3-storage.ts). */

/** One file of an image's set. */
export interface MediaFile {
  name: string;
  bytes: Buffer;
  contentType: string;
}

export interface MediaStorage {
  readonly kind: "local" | "s3";
  /** Stores every file of a key, or none: a failure leaves nothing behind (MediaStorageError). */
  writeSet(key: string, files: readonly MediaFile[]): Promise<void>;
  /** One file's bytes; null when there is no such file; MediaStorageError when the storage cannot answer. */
  read(key: string, name: string): Promise<Buffer | null>;
  /** Removes every file of a key; a key with no files is no error. */
  remove(key: string): Promise<void>;
}

/**
 * The storage refused or could not take a write, or could not answer a read: a full, read-only
 * or foreign uploads folder, or a bucket that is unreachable or refuses our credentials. `code`
 * names the cause (`ENOSPC`, `EACCES`, `AccessDenied`, `ECONNREFUSED`, …).
 */
export class MediaStorageError extends Error {
  constructor(
    readonly code: string,
    readonly storage: MediaStorage["kind"],
    cause: unknown,
  ) {
    super(`The ${storage === "s3" ? "object storage" : "uploads folder"} failed (${code})`, { cause });
    this.name = "MediaStorageError";
  }
}
