import { isValidTimeZone } from "../../date/zonedTime";
import { parseExpression, renameExpressionRoots } from "../../expr/arithmetic";
import { localized } from "../../localized";
import { MAX_CODE_LENGTH } from "../../random/randomCode";
import { defineNode, type VariableVisitor } from "../nodeDefinition";
import { Issues } from "../shared/issues";
import { sharedPort } from "../shared/ports";
import { visitName, visitTemplate } from "../shared/visitVariables";
import { computeAssignment } from "./computeAssignment";
import { setVariableNodeSchema, type AssignmentValue } from "./setVariableSchema";

function visitValue(
  value: AssignmentValue,
  field: string,
  visit: VariableVisitor,
): AssignmentValue {
  switch (value.kind) {
    case "template":
      return { ...value, template: visitTemplate(value.template, `${field}.template`, visit) };
    case "math": {
      // Contact fields are not variables: nothing to define or rename.
      const expression = renameExpressionRoots(value.expression, (root) =>
        root === "contact"
          ? root
          : visit({ name: root, field: `${field}.expression`, access: "read" }),
      );
      return { ...value, expression };
    }
    case "date":
      return { ...value, from: visitName(value.from, `${field}.from`, "read", visit) };
    case "literal":
    case "random_code":
      return value;
  }
}

export const setVariableNode = defineNode(setVariableNodeSchema)({
  type: "set_variable",
  meta: {
    group: "Logic",
    icon: "Variable",
    label: localized("Set variable", "Değişken ata"),
    description: localized(
      "Set variables from text, a template, arithmetic, a formatted date or a random code.",
      "Değişkenlere metin, şablon, aritmetik işlem, biçimlendirilmiş tarih ya da rastgele kod atayın.",
    ),
    defaultData: () => ({ assignments: [{ variable: "", value: { kind: "literal", value: "" } }] }),
  },
  ports: () => [sharedPort("next", false)],
  traits: () => ({ waitsFor: "nothing", sendsFreeForm: false }),

  validate(node) {
    const issues = new Issues();
    if (node.data.assignments.length === 0) {
      issues.error(
        "no_assignments",
        "assignments",
        localized("Add at least one assignment.", "En az bir atama ekleyin."),
      );
    }
    node.data.assignments.forEach((assignment, i) => {
      const at = `assignments.${i}`;
      issues.variableName(
        `${at}.variable`,
        assignment.variable,
        localized("The variable", "Değişken"),
      );
      const { value } = assignment;
      if (value.kind === "math") {
        const parsed = parseExpression(value.expression);
        if (!parsed.ok) {
          issues.error(
            "invalid_expression",
            `${at}.value.expression`,
            localized(
              `The calculation cannot be read: ${parsed.error} (at character ${parsed.at + 1}).`,
              `Hesaplama okunamıyor: ${parsed.error} (${parsed.at + 1}. karakter).`,
            ),
          );
        }
      }
      if (value.kind === "date") {
        if (value.timeZone !== "" && !isValidTimeZone(value.timeZone)) {
          issues.error(
            "invalid_time_zone",
            `${at}.value.timeZone`,
            localized(
              `"${value.timeZone}" is not a time zone like Europe/Istanbul.`,
              `"${value.timeZone}" Europe/Istanbul gibi bir saat dilimi değil.`,
            ),
          );
        }
        if (value.format.trim() === "")
          issues.required(`${at}.value.format`, localized("The date format", "Tarih biçimi"));
        if (value.from !== "")
          issues.variableName(
            `${at}.value.from`,
            value.from.split(".")[0] ?? "",
            localized("The date variable", "Tarih değişkeni"),
          );
      }
      if (value.kind === "random_code" && (value.length < 1 || value.length > MAX_CODE_LENGTH)) {
        issues.error(
          "invalid_code_length",
          `${at}.value.length`,
          localized(
            `A code has 1 to ${MAX_CODE_LENGTH} characters.`,
            `Bir kod 1 ile ${MAX_CODE_LENGTH} karakter arasında olur.`,
          ),
        );
      }
    });
    return issues.list;
  },

  variables: (node, visit) => ({
    ...node,
    data: {
      assignments: node.data.assignments.map((a, i) => ({
        variable: visitName(a.variable, `assignments.${i}.variable`, "write", visit),
        value: visitValue(a.value, `assignments.${i}.value`, visit),
      })),
    },
  }),

  enter(node, rt) {
    for (const assignment of node.data.assignments) {
      const result = computeAssignment(assignment.value, rt);
      if (result.ok) {
        rt.setVariable(assignment.variable, result.value);
      } else {
        rt.trace({
          type: "error",
          code: "assignment_failed",
          message: localized(
            `Could not set "${assignment.variable}": ${result.error}. It keeps its old value.`,
            `"${assignment.variable}" atanamadı: ${result.error}. Eski değerini koruyor.`,
          ),
        });
      }
    }
    return { kind: "port", port: "next" };
  },
});
