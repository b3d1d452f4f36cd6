/**
 * Image variants in a folder on this host (UPLOADS_DIR): `<key>/<width>.<format>`. A set is
 * written into a temporary folder renamed into place, so a reader never sees half of one.
 */
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { MediaStorageError, type MediaFile, type MediaStorage } from "@/lib/media/storage-interface";

/** File-system codes that mean the uploads folder cannot take a file: full, over quota, read-only, not ours, not a folder. */
const REFUSED_CODES = new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "ENOTDIR"]);

const errorCode = (error: unknown): string => (error instanceof Error && "code" in error ? String(error.code) : "");

/** A write the folder refused becomes a MediaStorageError; any other failure stays what it was. */
function storageError(error: unknown): unknown {
  const code = errorCode(error);
  return REFUSED_CODES.has(code) ? new MediaStorageError(code, "local", error) : error;
}

export function createLocalStorage(uploadsDir: string): MediaStorage {
  const root = path.resolve(/*turbopackIgnore: true*/ uploadsDir);
  const keyDir = (key: string) => path.join(root, key);
  return {
    kind: "local",
    async writeSet(key: string, files: readonly MediaFile[]) {
      const finalDir = keyDir(key);
      const tmpDir = `${finalDir}.tmp-${process.pid}-${Date.now()}`;
      try {
        await fs.mkdir(tmpDir, { recursive: true });
        // Every write settles before the folder is judged: removing it while a sibling write is
        // still going would leave that file behind.
        const writes = await Promise.allSettled(files.map((file) => fs.writeFile(path.join(tmpDir, file.name), file.bytes)));
        const failed = writes.find((w) => w.status === "rejected");
        if (failed) throw failed.reason;
        await fs.rm(finalDir, { recursive: true, force: true });
        await fs.rename(tmpDir, finalDir);
      } catch (error) {
        // What could not be written cannot be left behind either; the first failure is the one to report.
        await fs.rm(tmpDir, { recursive: true, force: true }).catch(() => undefined);
        throw storageError(error);
      }
    },
    async read(key: string, name: string) {
      try {
        return await fs.readFile(path.join(keyDir(key), name));
      } catch (error) {
        if (errorCode(error) === "ENOENT") return null;
        throw new MediaStorageError(errorCode(error) || "EIO", "local", error);
      }
    },
    async remove(key: string) {
      await fs.rm(keyDir(key), { recursive: true, force: true });
    },
  };
}
