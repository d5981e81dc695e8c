import { z } from "zod";

export const MAX_ATTEMPTS_LIMIT = 10;

/** Shared by every node that waits for an answer and re-prompts when it cannot use it. */
export function retryFields(defaultMaxAttempts: number) {
  return {
    /** Empty = the built-in text for the answer type, or the flow's fallback message. */
    retryMessage: z.string().default(""),
    /** Failed answers before the `invalid` port fires. */
    maxAttempts: z.number().int().min(1).default(defaultMaxAttempts),
  };
}
