import { describe, expect, it } from "vitest";
import { toCloudApiPayload } from "../client/to-cloud-api-payload";
import { EmulatorState } from "./emulator-state";

const payload = toCloudApiPayload("31612345678", { type: "text", text: "x" });
const sent = (state: EmulatorState, n: number) =>
  state.recordSent({
    wamid: `w${n}`,
    phoneNumberId: "PN",
    to: "31612345678",
    type: "text",
    payload,
    receivedAt: n,
  });

describe("EmulatorState", () => {
  it("keeps at most maxRecorded sends, dropping the oldest", () => {
    const state = new EmulatorState(10);
    for (let i = 1; i <= 11; i++) sent(state, i);
    expect(state.sent().map((m) => m.wamid)).toEqual([
      "w2",
      "w3",
      "w4",
      "w5",
      "w6",
      "w7",
      "w8",
      "w9",
      "w10",
      "w11",
    ]);
    expect(state.sent().at(-1)?.seq).toBe(11);
  });

  it("consumes failures in order, matching endpoint, number and recipient by digits", () => {
    const state = new EmulatorState();
    state.injectFailure({ graphCode: 1, to: "+31 6 12345678", times: 2 });
    state.injectFailure({ graphCode: 2, endpoint: "any", phoneNumberId: "PN2" });
    expect(state.takeFailure("messages", "PN", "31699999999")).toBeUndefined();
    expect(state.takeFailure("messages", "PN", "31612345678")?.graphCode).toBe(1);
    expect(state.takeFailure("mark_read", "PN2", undefined)?.graphCode).toBe(2);
    expect(state.takeFailure("messages", "PN", "31612345678")?.graphCode).toBe(1);
    expect(state.pendingFailures()).toEqual([]);
  });

  it("opens a 24-hour window per number and customer", () => {
    const state = new EmulatorState();
    state.openWindow("PN", "+31 6 12345678", 0);
    expect(state.windowOpen("PN", "31612345678", 24 * 3600_000 - 1)).toBe(true);
    expect(state.windowOpen("PN", "31612345678", 24 * 3600_000)).toBe(false);
    expect(state.windowOpen("OTHER", "31612345678", 1)).toBe(false);
  });

  it("admits sends within a sliding one-second throughput window", () => {
    const state = new EmulatorState();
    expect([0, 100, 200].map((t) => state.admitThroughput("PN", 2, t))).toEqual([
      true,
      true,
      false,
    ]);
    expect(state.admitThroughput("PN", 2, 1000)).toBe(true);
  });

  it("waitForSent resolves when enough sends arrived and times out otherwise", async () => {
    const state = new EmulatorState();
    const waiting = state.waitForSent(2, { phoneNumberId: "PN" }, 1_000);
    sent(state, 1);
    sent(state, 2);
    await expect(waiting).resolves.toHaveLength(2);
    await expect(state.waitForSent(5, {}, 20)).rejects.toThrow(
      "Timed out after 20 ms waiting for 5 sent messages (got 2).",
    );
  });
});
