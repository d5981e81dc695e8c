import { z } from "zod";
import { httpMethodSchema, responseMappingSchema } from "../../engine/effects";
import { defineNodeSchema } from "../../schema/defineNodeSchema";

export const httpRequestDataSchema = z.object({
  method: httpMethodSchema.default("GET"),
  /** A template; substituted values are URL-encoded. */
  url: z.string().default(""),
  headers: z.array(z.object({ name: z.string(), value: z.string() })).default([]),
  /**
   * JSON with `{{variables}}` inside string literals; a string that is exactly one placeholder keeps
   * the variable's JSON type (number, object …). Empty = no body.
   */
  body: z.string().default(""),
  timeoutMs: z.number().int().default(5000),
  /** JSON path into the response body → variable. */
  mappings: z.array(responseMappingSchema).default([]),
  /** Optional variable that receives the HTTP status code. */
  statusVariable: z.string().default(""),
});
export const httpRequestNodeSchema = defineNodeSchema("http_request", httpRequestDataSchema);
export type HttpRequestData = z.infer<typeof httpRequestDataSchema>;
export type HttpRequestNode = z.infer<typeof httpRequestNodeSchema>;
