import type { Flow } from "../schema/flowSchema";
import type { ContactSnapshot } from "./contactSnapshot";

export const DEFAULT_MAX_STEPS = 100;
export const DEFAULT_FLOW_ID = "main";

/** Everything from the outside world the engine may use: it reads no clock, randomness or storage itself. */
export interface EngineContext {
  /** Unix ms. */
  now: number;
  /** Seeded source in [0, 1); see createSeededRandom. */
  random: () => number;
  contact?: ContactSnapshot;
  /** Id of the `flow` passed to advance; recorded in new sessions. Default "main". */
  flowId?: string;
  /** Other flows of the workspace, for jump-into-sub-flow. */
  flows?: (flowId: string) => Flow | undefined;
  /** When the 24-hour customer-service window closes (unix ms); free-form messages after it are dropped. */
  windowOpenUntil?: number;
  /** Nodes one advance may enter before it stops a runaway loop. Default 100. */
  maxSteps?: number;
}
