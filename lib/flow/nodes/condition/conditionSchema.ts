import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";

export const conditionSubjectSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("variable"), name: z.string() }),
  z.object({ kind: z.literal("contact"), field: z.string() }),
  /** The text of the customer's latest message (or the title of the button/row they tapped). */
  z.object({ kind: z.literal("last_message") }),
]);
export type ConditionSubject = z.infer<typeof conditionSubjectSchema>;

export const conditionOperatorSchema = z.enum([
  "equals",
  "not_equals",
  "contains",
  "not_contains",
  "starts_with",
  "ends_with",
  "greater_than",
  "greater_or_equal",
  "less_than",
  "less_or_equal",
  "is_set",
  "is_not_set",
  "is_empty",
  "is_not_empty",
  "in_list",
  "not_in_list",
  "regex",
]);
export type ConditionOperator = z.infer<typeof conditionOperatorSchema>;

export const conditionRuleSchema = z.object({
  subject: conditionSubjectSchema,
  operator: conditionOperatorSchema,
  /** A template, so rules can compare two variables. Unused by is_set / is_empty. */
  value: z.string().default(""),
  /** For in_list / not_in_list. */
  values: z.array(z.string()).default([]),
  caseSensitive: z.boolean().default(false),
});
export type ConditionRule = z.infer<typeof conditionRuleSchema>;

/** `all` = AND, `any` = OR. A branch combines groups, a group combines rules: (a AND b) OR (c AND d). */
export const matchModeSchema = z.enum(["all", "any"]);

export const conditionGroupSchema = z.object({
  match: matchModeSchema.default("all"),
  rules: z.array(conditionRuleSchema),
});
export const conditionBranchSchema = z.object({
  id: z.string().min(1),
  label: z.string().default(""),
  match: matchModeSchema.default("any"),
  groups: z.array(conditionGroupSchema),
});
export type ConditionBranch = z.infer<typeof conditionBranchSchema>;

export const conditionDataSchema = z.object({ branches: z.array(conditionBranchSchema) });
export const conditionNodeSchema = defineNodeSchema("condition", conditionDataSchema);
export type ConditionData = z.infer<typeof conditionDataSchema>;
export type ConditionNode = z.infer<typeof conditionNodeSchema>;
