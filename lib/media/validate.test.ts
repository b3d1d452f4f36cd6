import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import {
  MAX_UPLOAD_BYTES,
  canEditMediaItem,
  checkDecodedImage,
  checkUploadSize,
  chosenFile,
  detectImageFormat,
} from "@/lib/media/validate";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

describe("upload size", () => {
  it("accepts exactly 10 MB and refuses 10 MB + 1 byte", () => {
    expect(MAX_UPLOAD_BYTES).toBe(10 * 1024 * 1024);
    expect(checkUploadSize(MAX_UPLOAD_BYTES)).toBeNull();
    expect(checkUploadSize(MAX_UPLOAD_BYTES + 1)).toMatch(/larger than 10 MB/);
  });

  it("refuses an empty file", () => {
    expect(checkUploadSize(0)).toMatch(/empty/);
  });
});

describe("magic numbers", () => {
  it("recognise JPEG, PNG, WebP, GIF and AVIF by their first bytes", () => {
    expect(detectImageFormat(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("jpeg");
    expect(detectImageFormat(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe("png");
    expect(detectImageFormat(bytes("RIFF", [0x3c, 0, 0, 0], "WEBPVP8 "))).toBe("webp");
    expect(detectImageFormat(bytes("GIF89a", [1, 0, 1, 0]))).toBe("gif");
    expect(detectImageFormat(bytes("GIF87a", [1, 0, 1, 0]))).toBe("gif");
    expect(detectImageFormat(bytes(u32(28), "ftypavif", u32(0), "mif1avifmiaf"))).toBe("avif");
    // AVIF named only among the compatible brands.
    expect(detectImageFormat(bytes(u32(24), "ftypmif1", u32(0), "mif1avif"))).toBe("avif");
  });

  it("refuse text, HTML, SVG, PDF and HEIC whatever the file is called", () => {
    expect(detectImageFormat(bytes("Hello, this is a text file renamed to photo.jpg"))).toBeNull();
    expect(detectImageFormat(bytes("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(detectImageFormat(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(detectImageFormat(bytes('<?xml version="1.0"?><svg/>'))).toBeNull();
    expect(detectImageFormat(bytes("%PDF-1.7"))).toBeNull();
    expect(detectImageFormat(bytes(u32(24), "ftypheic", u32(0), "mif1heic"))).toBeNull();
    expect(detectImageFormat(bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "))).toBeNull();
  });

  it("refuse files too short to hold a signature", () => {
    expect(detectImageFormat(new Uint8Array())).toBeNull();
    expect(detectImageFormat(bytes([0xff, 0xd8]))).toBeNull();
    expect(detectImageFormat(bytes("GIF8"))).toBeNull();
  });
});

describe("decoded images", () => {
  it("accept a still image whose decoder agrees with its signature", () => {
    expect(checkDecodedImage("jpeg", { format: "jpeg", width: 1200, height: 800 })).toBeNull();
    expect(checkDecodedImage("avif", { format: "heif", compression: "av1", width: 10, height: 10 })).toBeNull();
    expect(checkDecodedImage("gif", { format: "gif", width: 10, height: 10, pages: 1 })).toBeNull();
  });

  it("refuse a disagreeing decoder, HEIC posing as AVIF, more than 25 megapixels and animation", () => {
    expect(checkDecodedImage("png", { format: "svg", width: 10, height: 10 })).toMatch(/could not be read/);
    expect(checkDecodedImage("avif", { format: "heif", compression: "hevc", width: 10, height: 10 })).toMatch(/could not be read/);
    expect(checkDecodedImage("png", { format: "png", width: 20_000, height: 20_000 })).toMatch(/25 megapixels/);
    expect(checkDecodedImage("gif", { format: "gif", width: 10, height: 10, pages: 2 })).toMatch(/Animated/);
  });
});

describe("who may edit a stored image", () => {
  const actor = (role: Actor["role"], id = "u1"): Actor => ({ id, role, banned: false });

  it("a contributor edits their own upload but not someone else's", () => {
    expect(canEditMediaItem(actor("CONTRIBUTOR"), "u1")).toBe(true);
    expect(canEditMediaItem(actor("CONTRIBUTOR"), "u2")).toBe(false);
    expect(canEditMediaItem(actor("CONTRIBUTOR"), null)).toBe(false);
  });

  it("an editor edits anyone's; a reader and a visitor edit nothing", () => {
    expect(canEditMediaItem(actor("EDITOR"), "u2")).toBe(true);
    expect(canEditMediaItem(actor("READER"), "u1")).toBe(false);
    expect(canEditMediaItem(null, null)).toBe(false);
  });
});

describe("file fields", () => {
  it("are null when no file was chosen, and the file otherwise (even an empty one)", () => {
    const form = new FormData();
    form.append("none", new File([], ""));
    // How the server's multipart parser hands over a file field left empty in the browser.
    form.append("parsedNone", new Blob([]));
    form.append("parsedUndefined", new Blob([]), undefined);
    form.append("empty", new File([], "empty.jpg"));
    form.append("photo", new File(["x"], "photo.jpg"));
    form.append("text", "not a file");
    expect(chosenFile(form, "none")).toBeNull();
    expect(chosenFile(form, "parsedNone")).toBeNull();
    expect(chosenFile(form, "parsedUndefined")).toBeNull();
    expect(chosenFile(form, "missing")).toBeNull();
    expect(chosenFile(form, "text")).toBeNull();
    expect(chosenFile(form, "empty")?.name).toBe("empty.jpg");
    expect(chosenFile(form, "photo")?.size).toBe(1);
  });
});
