import { flowVariableSchema, isValidVariableName, type Flow } from "@/lib/flow";

export type VariableNameError = "empty" | "invalid" | "taken";

/** Why `name` cannot be a new (or renamed) variable of `flow`, by lib/flow's rules; null if it can. */
export function variableNameError(
  flow: Flow,
  name: string,
  except?: string,
): VariableNameError | null {
  if (!flowVariableSchema.shape.name.safeParse(name).success) return "empty";
  if (!isValidVariableName(name)) return "invalid";
  if (name !== except && flow.variables.some((v) => v.name === name)) return "taken";
  return null;
}
