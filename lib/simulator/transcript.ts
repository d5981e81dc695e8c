import { z } from "zod";
import { inboundMessageSchema, jsonValueSchema, outboundMessageSchema } from "@/lib/flow";

/**
 * Things the simulator says about the conversation that are not messages: shown in the chat as
 * WhatsApp shows its own notices, centred and quiet. Structured, so each language words them.
 */
export const chatNoticeSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("api_start"), variables: z.record(z.string(), jsonValueSchema) }),
  /** More than 24 h since the customer's last message: only templates go out now. */
  z.object({ type: z.literal("window_closed") }),
  z.object({ type: z.literal("clock_advanced"), byMs: z.number().int().nonnegative() }),
  z.object({ type: z.literal("delay_skipped") }),
  z.object({ type: z.literal("session_ended"), reason: z.string() }),
  z.object({ type: z.literal("handoff"), team: z.string().optional() }),
  z.object({ type: z.literal("no_trigger_match") }),
  /** The bot failed; the message is for the person testing, in their language when known. */
  z.object({ type: z.literal("runtime_error"), message: z.string() }),
]);
export type ChatNotice = z.infer<typeof chatNoticeSchema>;

const entryBase = {
  id: z.string(),
  /** Simulated clock, unix ms. */
  at: z.number(),
};

export const customerStatusSchema = z.enum(["sent", "delivered", "read"]);
export type CustomerStatus = z.infer<typeof customerStatusSchema>;

/** One line of the conversation as the customer's phone shows it. */
export const transcriptEntrySchema = z.discriminatedUnion("kind", [
  z.object({
    ...entryBase,
    kind: z.literal("business"),
    message: outboundMessageSchema,
    /** Set when WhatsApp would not deliver it: the chat shows it crossed out, with the reason. */
    refused: z.enum(["window_closed"]).optional(),
    nodeId: z.string().optional(),
  }),
  z.object({
    ...entryBase,
    kind: z.literal("customer"),
    message: inboundMessageSchema,
    status: customerStatusSchema,
  }),
  z.object({ ...entryBase, kind: z.literal("notice"), notice: chatNoticeSchema }),
]);
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;
export type BusinessEntry = Extract<TranscriptEntry, { kind: "business" }>;
export type CustomerEntry = Extract<TranscriptEntry, { kind: "customer" }>;
