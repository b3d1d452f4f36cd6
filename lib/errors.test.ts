import { describe, expect, it } from "vitest";
import { isDatabaseBusy } from "@/lib/errors";

/** An error shaped as Prisma throws it: a code, and the driver's error in the cause chain. */
const prismaError = (code: string, cause?: unknown) => Object.assign(new Error(`Prisma ${code}`), { code, cause });

describe("isDatabaseBusy", () => {
  it("is true for a transaction that could not start or ran out of time (P2028), and for no pooled connection (P2024)", () => {
    expect(isDatabaseBusy(prismaError("P2028"))).toBe(true);
    expect(isDatabaseBusy(prismaError("P2024"))).toBe(true);
  });
  it("is true for a PostgreSQL lock timeout or a server shutting down, however deep in the causes", () => {
    expect(isDatabaseBusy(prismaError("P2010", Object.assign(new Error("lock timeout"), { originalCode: "55P03" })))).toBe(true);
    expect(isDatabaseBusy(new Error("wrapped", { cause: Object.assign(new Error("admin shutdown"), { code: "57P01" }) }))).toBe(true);
  });
  it("is false for a mistake that trying again will not fix", () => {
    expect(isDatabaseBusy(prismaError("P2002"))).toBe(false);
    expect(isDatabaseBusy(new Error("no such table: Comment"))).toBe(false);
    expect(isDatabaseBusy(null)).toBe(false);
  });
});
