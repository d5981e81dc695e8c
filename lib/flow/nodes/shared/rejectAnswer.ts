import { localized, type Localized } from "../../localized";
import type { NodeRuntime, Step } from "../nodeDefinition";
import { textOr } from "./runtimeText";

export interface RejectOptions {
  maxAttempts: number;
  retryMessage: string;
  /** Used when the node has no retry message. */
  defaultText: Localized;
  reason: string;
  /** Sends the question again (buttons, list, location request) after the retry text. */
  reprompt?: () => void;
}

/** An unusable answer: re-prompt, or leave through `invalid` once the attempts are used up. */
export function rejectAnswer(rt: NodeRuntime, options: RejectOptions): Step {
  const failures = rt.attempts + 1;
  rt.trace({
    type: "input_rejected",
    reason: options.reason,
    message: localized(
      `Not a usable answer (attempt ${failures} of ${options.maxAttempts}).`,
      `Kullanılabilir bir yanıt değil (${failures}/${options.maxAttempts}. deneme).`,
    ),
  });
  if (failures >= options.maxAttempts) return { kind: "port", port: "invalid" };
  rt.send({ type: "text", text: textOr(rt, options.retryMessage, options.defaultText) });
  options.reprompt?.();
  return { kind: "retry" };
}

export const IGNORE_REACTION: Step = {
  kind: "ignore",
  reason: "reaction",
  message: localized(
    "A reaction is not an answer; still waiting.",
    "Tepki bir yanıt değil; beklemeye devam.",
  ),
};
