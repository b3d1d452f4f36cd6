/**
 * Where an import finds the old site's images: a folder (a copy of WordPress's
 * `wp-content/uploads` or Ghost's `content/images`) or the base URL they are still served
 * under. Reads bytes only; judging and storing them is lib/media's work.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { MAX_UPLOAD_BYTES } from "@/lib/media/validate";

export interface MediaSource {
  /** For messages: the folder or URL. */
  label: string;
  /** The file's bytes, or null when it is not there. */
  read(relative: string): Promise<Buffer | null>;
  /** Whether the file is there, without reading it (dry runs). */
  exists(relative: string): Promise<boolean>;
}

/** A path inside the uploads, refused when it would climb out of it. */
function safeRelative(relative: string): string | null {
  const clean = path.posix.normalize(relative.replaceAll("\\", "/")).replace(/^\/+/, "");
  return clean && !clean.startsWith("..") && !clean.includes("\0") ? clean : null;
}

export function folderSource(folder: string): MediaSource {
  const root = path.resolve(folder);
  const locate = (relative: string) => {
    const clean = safeRelative(relative);
    return clean ? path.join(root, clean) : null;
  };
  return {
    label: root,
    async read(relative) {
      const file = locate(relative);
      if (!file) return null;
      try {
        const stat = await fs.stat(file);
        if (!stat.isFile()) return null;
        if (stat.size > MAX_UPLOAD_BYTES) return Buffer.alloc(MAX_UPLOAD_BYTES + 1);
        return await fs.readFile(file);
      } catch {
        return null;
      }
    },
    async exists(relative) {
      const file = locate(relative);
      return file ? (await fs.stat(file).then((s) => s.isFile()).catch(() => false)) : false;
    },
  };
}

export function urlSource(baseUrl: string): MediaSource {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const locate = (relative: string) => {
    const clean = safeRelative(relative);
    return clean ? new URL(clean.split("/").map(encodeURIComponent).join("/"), base).toString() : null;
  };
  return {
    label: base,
    async read(relative) {
      const url = locate(relative);
      if (!url) return null;
      const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(30_000) }).catch(() => null);
      if (!response?.ok) return null;
      return Buffer.from(await response.arrayBuffer());
    },
    async exists(relative) {
      const url = locate(relative);
      if (!url) return false;
      const response = await fetch(url, { method: "HEAD", redirect: "follow", signal: AbortSignal.timeout(30_000) }).catch(() => null);
      return response?.ok ?? false;
    },
  };
}

/** `--media` as given: an http(s) URL, else a folder. */
export function mediaSourceFrom(value: string): MediaSource {
  return /^https?:\/\//i.test(value) ? urlSource(value) : folderSource(value);
}
