import { z } from "zod";
import { inboundMessageSchema } from "../io";
import { jsonValueSchema } from "../json";

/**
 * How the runtime reports an awaited effect. `success.data` is the parsed JSON response body for
 * http_request and `{ code }` for discount_code; `exhausted` is the discount pool running dry.
 */
export const effectResultSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("success"),
    data: jsonValueSchema.optional(),
    httpStatus: z.number().int().optional(),
  }),
  z.object({
    status: z.literal("error"),
    message: z.string().optional(),
    httpStatus: z.number().int().optional(),
    data: jsonValueSchema.optional(),
  }),
  z.object({ status: z.literal("exhausted") }),
]);
export type EffectResult = z.infer<typeof effectResultSchema>;

export const engineInputSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("message"), message: inboundMessageSchema }),
  z.object({ type: z.literal("timer"), timerId: z.string() }),
  z.object({ type: z.literal("effect_result"), effectId: z.string(), result: effectResultSchema }),
  z.object({
    type: z.literal("api_start"),
    variables: z.record(z.string(), jsonValueSchema).default({}),
    startNodeId: z.string().optional(),
  }),
  z.object({ type: z.literal("agent_resolved") }),
  /** WhatsApp refused a message of this conversation because its 24-hour window has closed. */
  z.object({ type: z.literal("window_closed") }),
]);
export type EngineInput = z.input<typeof engineInputSchema>;
export type ParsedEngineInput = z.output<typeof engineInputSchema>;
