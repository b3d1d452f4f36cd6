import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

afterAll(() => db.$disconnect());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("one SQLite connection shared by concurrent requests", () => {
  it("keeps a write made beside another request's transaction when that transaction rolls back", async () => {
    const refused = db
      .$transaction(async (tx) => {
        await tx.siteSetting.create({ data: { key: "inside-refused", value: "1" } });
        await pause(200);
        throw new Error("refused inside the transaction");
      })
      .catch((error: unknown) => String(error));
    await pause(50);
    await db.siteSetting.create({ data: { key: "beside-acknowledged", value: "1" } });
    expect(await refused).toContain("refused inside the transaction");
    const keys = (await db.siteSetting.findMany({ where: { key: { in: ["inside-refused", "beside-acknowledged"] } } })).map((r) => r.key);
    expect(keys).toEqual(["beside-acknowledged"]);
  });
});
