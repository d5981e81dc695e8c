import { afterEach, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { eventually } from "../test-support/eventually";
import { QUEUES, type QueueName } from "./queues";
import { announceWake, listenForWakes, WAKE_CHANNEL } from "./wake-bus";

describeEachDatabase("wake bus", (get) => {
  const heard: { queue: QueueName; delayMs: number }[] = [];
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
    heard.length = 0;
  });
  const listen = async () => {
    stop = await listenForWakes(get(), (queue, delayMs) => heard.push({ queue, delayMs }));
  };

  it("delivers an announcement once its transaction commits", async () => {
    await listen();
    await get().db.transaction(async (tx) => {
      await announceWake(tx, QUEUES.drain, 150);
    });
    await eventually(() => heard.length > 0);
    expect(heard).toEqual([{ queue: QUEUES.drain, delayMs: 150 }]);
  });

  it("delivers nothing from a transaction that rolled back", async () => {
    await listen();
    await expect(
      get().db.transaction(async (tx) => {
        await announceWake(tx, QUEUES.drain, 0);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    // A later announcement arrives on its own: the rolled-back one never does.
    await announceWake(get().db, QUEUES.send, 0);
    await eventually(() => heard.length > 0);
    expect(heard).toEqual([{ queue: QUEUES.send, delayMs: 0 }]);
  });

  it("clamps the delay and ignores what is not an announcement", async () => {
    await listen();
    for (const payload of [
      "not json",
      '{"queue":"other","delayMs":1}',
      '{"queue":"sohbet-send"}',
    ]) {
      await get().query("select pg_notify($1, $2)", [WAKE_CHANNEL, payload]);
    }
    await announceWake(get().db, QUEUES.wake, 10 * 60_000);
    await announceWake(get().db, QUEUES.drain, -5);
    await eventually(() => heard.length >= 2);
    expect(heard).toEqual([
      { queue: QUEUES.wake, delayMs: 60_000 },
      { queue: QUEUES.drain, delayMs: 0 },
    ]);
  });
});
