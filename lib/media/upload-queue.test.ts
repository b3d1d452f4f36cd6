import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { createTurnQueue } from "@/lib/media/upload-queue";

/** A piece of work that runs until the test lets it finish. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("createTurnQueue", () => {
  it("runs one piece of work at a time, the waiting ones in the order they came", async () => {
    const queue = createTurnQueue(3, "busy");
    const order: string[] = [];
    let concurrent = 0;
    let most = 0;
    const gates = [gate(), gate(), gate()];
    const runs = gates.map((g, i) =>
      queue.run(async () => {
        concurrent++;
        most = Math.max(most, concurrent);
        order.push(`start ${i}`);
        await g.opened;
        order.push(`end ${i}`);
        concurrent--;
        return i;
      }),
    );
    await Promise.resolve();
    expect(queue.size).toEqual({ running: 1, waiting: 2 });
    for (const g of gates) g.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(most).toBe(1);
    expect(order).toEqual(["start 0", "end 0", "start 1", "end 1", "start 2", "end 2"]);
    expect(queue.size).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses work beyond the waiting places with UNAVAILABLE and the message, and runs the rest", async () => {
    const queue = createTurnQueue(1, "Try again in a minute.");
    const first = gate();
    const running = queue.run(() => first.opened);
    const waiting = queue.run(async () => "second");
    const refused = await queue.run(async () => "third").catch((error: unknown) => error);
    expect(isAppError(refused) && refused.code).toBe("UNAVAILABLE");
    expect(isAppError(refused) && refused.fieldErrors.file).toEqual(["Try again in a minute."]);
    first.open();
    await running;
    expect(await waiting).toBe("second");
  });

  it("passes the turn on when a piece of work fails, and a newcomer does not jump the queue", async () => {
    const queue = createTurnQueue(2, "busy");
    const first = gate();
    const failing = queue.run(async () => {
      await first.opened;
      throw new Error("decode failed");
    });
    const order: string[] = [];
    const waiting = queue.run(async () => void order.push("waiting"));
    first.open();
    await expect(failing).rejects.toThrow("decode failed");
    // Arrives after the failure, while the waiting one is being handed the turn.
    const newcomer = queue.run(async () => void order.push("newcomer"));
    await Promise.all([waiting, newcomer]);
    expect(order).toEqual(["waiting", "newcomer"]);
  });
});
