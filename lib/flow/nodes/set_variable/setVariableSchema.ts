import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";

export const timeUnitSchema = z.enum(["seconds", "minutes", "hours", "days"]);
export type TimeUnit = z.infer<typeof timeUnitSchema>;

export const assignmentValueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("literal"), value: z.union([z.string(), z.number(), z.boolean()]) }),
  z.object({ kind: z.literal("template"), template: z.string() }),
  /** + - * / % ^, parentheses, variables by name, round/floor/ceil/abs/min/max. Never `eval`. */
  z.object({ kind: z.literal("math"), expression: z.string() }),
  z.object({
    kind: z.literal("date"),
    /** Empty = now; otherwise a variable holding a date (YYYY-MM-DD, ISO date-time or unix ms). */
    from: z.string().default(""),
    offset: z.number().default(0),
    offsetUnit: timeUnitSchema.default("days"),
    /** Tokens: YYYY YY MMMM MMM MM M DD D dddd ddd HH H mm ss; [literal text]. */
    format: z.string().default("DD.MM.YYYY"),
    /** Empty = the flow's time zone. */
    timeZone: z.string().default(""),
    locale: z.enum(["en", "tr", "flow"]).default("flow"),
  }),
  z.object({
    kind: z.literal("random_code"),
    length: z.number().int().default(6),
    alphabet: z.enum(["digits", "letters", "alphanumeric"]).default("alphanumeric"),
    prefix: z.string().default(""),
  }),
]);
export type AssignmentValue = z.infer<typeof assignmentValueSchema>;

export const assignmentSchema = z.object({ variable: z.string(), value: assignmentValueSchema });
export type Assignment = z.infer<typeof assignmentSchema>;

export const setVariableDataSchema = z.object({ assignments: z.array(assignmentSchema) });
export const setVariableNodeSchema = defineNodeSchema("set_variable", setVariableDataSchema);
export type SetVariableData = z.infer<typeof setVariableDataSchema>;
export type SetVariableNode = z.infer<typeof setVariableNodeSchema>;
