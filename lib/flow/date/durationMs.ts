import type { TimeUnit } from "../nodes/set_variable/setVariableSchema";

const UNIT_MS: Record<TimeUnit, number> = {
  seconds: 1_000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};

export function durationMs(amount: number, unit: TimeUnit): number {
  return amount * UNIT_MS[unit];
}

export const DAY_MS = UNIT_MS.days;
