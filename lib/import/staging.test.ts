import { describe, expect, it } from "vitest";
import { discardStagedExport, readStagedExport, stageExport } from "./staging";

describe("staged exports between the dry run and the import", () => {
  it("are kept under a random token, read back, and gone once discarded", async () => {
    const staged = { system: "wordpress" as const, media: "", file: { name: "export.xml", text: "<rss/>" }, redirects: null };
    const token = await stageExport(staged);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(await readStagedExport(token)).toEqual(staged);
    await discardStagedExport(token);
    await expect(readStagedExport(token)).rejects.toThrow("Run the dry run again: the export it checked is gone.");
  });

  it("refuse a token the server did not make", async () => {
    await expect(readStagedExport("../../etc/passwd")).rejects.toThrow("Run the dry run again");
  });
});
