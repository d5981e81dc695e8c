import { effectSchema, type HttpRequestEffect } from "@/lib/flow";
import { z } from "zod";

/** The awaited HTTP effect stored on a conversation, read back from JSON. */
export const httpRequestEffectSchemaForRuntime = z.custom<HttpRequestEffect>((value) => {
  const parsed = effectSchema.safeParse(value);
  return parsed.success && parsed.data.type === "http_request";
});
