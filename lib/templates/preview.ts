import {
  advance,
  createSeededRandom,
  type EngineInput,
  type Flow,
  type OutboundMessage,
  type Session,
} from "@/lib/flow";
import type { PreviewInput } from "./flow-template";

/** One line of the gallery's preview chat. */
export type PreviewLine =
  | { from: "customer"; text: string }
  /** The shop started the conversation through the API (no customer message). */
  | { from: "api" }
  | { from: "bot"; message: OutboundMessage };

/** A fixed clock and seed: the same template always previews the same way. */
const PREVIEW_NOW = Date.UTC(2025, 2, 12, 9, 0);

function toEngineInput(input: PreviewInput, index: number): EngineInput {
  const base = { id: `preview.${index}`, timestamp: PREVIEW_NOW };
  if ("api" in input) return { type: "api_start", variables: input.api };
  if ("say" in input)
    return { type: "message", message: { ...base, kind: "text", text: input.say } };
  if ("tap" in input) {
    return {
      type: "message",
      message: { ...base, kind: "button", buttonId: input.tap.id, title: input.tap.title },
    };
  }
  return {
    type: "message",
    message: { ...base, kind: "list", rowId: input.pick.id, title: input.pick.title },
  };
}

function customerLine(input: PreviewInput): PreviewLine {
  if ("api" in input) return { from: "api" };
  if ("say" in input) return { from: "customer", text: input.say };
  return { from: "customer", text: "tap" in input ? input.tap.title : input.pick.title };
}

/**
 * The first turns of a template's conversation, played through the real engine so the gallery
 * shows exactly what a customer would receive — never a hand-written imitation that can drift.
 */
export function playPreview(flow: Flow, inputs: PreviewInput[]): PreviewLine[] {
  const random = createSeededRandom(1);
  let session: Session | null = null;
  const lines: PreviewLine[] = [];
  inputs.forEach((input, index) => {
    const result = advance(flow, session, toEngineInput(input, index), {
      now: PREVIEW_NOW,
      random,
    });
    session = result.session;
    lines.push(customerLine(input));
    for (const message of result.outbox) lines.push({ from: "bot", message });
  });
  return lines;
}
