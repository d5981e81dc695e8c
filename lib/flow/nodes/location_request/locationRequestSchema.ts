import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";
import { retryFields } from "../shared/retryFields";

export const locationRequestDataSchema = z.object({
  body: z.string().default(""),
  variable: z.string().default("location"),
  ...retryFields(3),
});
export const locationRequestNodeSchema = defineNodeSchema(
  "location_request",
  locationRequestDataSchema,
);
export type LocationRequestData = z.infer<typeof locationRequestDataSchema>;
export type LocationRequestNode = z.infer<typeof locationRequestNodeSchema>;
