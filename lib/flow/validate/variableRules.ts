import type { FlowIndex } from "../graph/flowIndex";
import { localized } from "../localized";
import { isValidVariableName } from "../template/interpolate";
import { definedVariables, findVariableReferences } from "../variables/variableReferences";
import { problem, type Problem } from "./problem";

export function variableRules(index: FlowIndex): Problem[] {
  const { flow } = index;
  const problems: Problem[] = [];
  const declared = new Set<string>();
  flow.variables.forEach((variable, i) => {
    if (!isValidVariableName(variable.name)) {
      problems.push(
        problem({
          code: "invalid_variable_name",
          severity: "error",
          field: `variables.${i}.name`,
          message: localized(
            `"${variable.name}" is not a valid variable name.`,
            `"${variable.name}" geçerli bir değişken adı değil.`,
          ),
        }),
      );
    }
    if (declared.has(variable.name)) {
      problems.push(
        problem({
          code: "duplicate_variable",
          severity: "warning",
          field: `variables.${i}.name`,
          message: localized(
            `"${variable.name}" is declared twice.`,
            `"${variable.name}" iki kez tanımlanmış.`,
          ),
        }),
      );
    }
    declared.add(variable.name);
  });

  const defined = definedVariables(flow);
  for (const ref of findVariableReferences(flow)) {
    if (ref.access !== "read" || ref.name.startsWith("contact.") || defined.has(ref.name)) continue;
    problems.push(
      problem(
        {
          code: "variable_undefined",
          severity: "warning",
          ...(ref.nodeId === undefined ? {} : { nodeId: ref.nodeId }),
          field: ref.field,
          message: localized(
            `"${ref.name}" is used but never set or declared; it will be empty.`,
            `"${ref.name}" kullanılıyor ama hiç atanmıyor ya da tanımlanmıyor; boş kalacak.`,
          ),
        },
        ref.name,
      ),
    );
  }
  return problems;
}
