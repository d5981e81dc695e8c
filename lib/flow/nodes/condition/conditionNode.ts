import { localized } from "../../localized";
import { toNumber } from "../../expr/arithmetic";
import { compileSafeRegex, MAX_REGEX_LENGTH } from "../../regex/safeRegex";
import { templateTokens } from "../../template/interpolate";
import { defineNode } from "../nodeDefinition";
import { Issues } from "../shared/issues";
import { sharedPort, titledPort } from "../shared/ports";
import { visitName, visitTemplate } from "../shared/visitVariables";
import { conditionNodeSchema, type ConditionRule } from "./conditionSchema";
import { evaluateBranch } from "./evaluateCondition";

const NEEDS_VALUE = new Set<ConditionRule["operator"]>([
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
  "regex",
]);
const NUMERIC = new Set<ConditionRule["operator"]>([
  "greater_than",
  "greater_or_equal",
  "less_than",
  "less_or_equal",
]);

const REGEX_PROBLEMS = {
  too_long: localized(
    `The pattern is longer than ${MAX_REGEX_LENGTH} characters.`,
    `Desen ${MAX_REGEX_LENGTH} karakterden uzun.`,
  ),
  invalid: localized(
    "This is not a valid regular expression.",
    "Bu geçerli bir düzenli ifade değil.",
  ),
  backreference: localized(
    "Backreferences (\\1) are not allowed: they can make matching extremely slow.",
    "Geri başvurulara (\\1) izin verilmiyor: eşleştirmeyi aşırı yavaşlatabilirler.",
  ),
  nested_quantifier: localized(
    "A repeated group contains another repetition, like (a+)+; this can hang on long messages.",
    "Tekrarlanan bir grup başka bir tekrar içeriyor, örneğin (a+)+; uzun mesajlarda takılabilir.",
  ),
  ambiguous_alternation: localized(
    "A repeated group has alternatives that can match the same text, like (a|ab)*; this can hang on long messages.",
    "Tekrarlanan bir grubun seçenekleri aynı metinle eşleşebiliyor, örneğin (a|ab)*; uzun mesajlarda takılabilir.",
  ),
  too_many_quantifiers: localized(
    "Too many open-ended repetitions (* or +); simplify the pattern.",
    "Çok fazla sınırsız tekrar (* ya da +) var; deseni sadeleştirin.",
  ),
};

export const conditionNode = defineNode(conditionNodeSchema)({
  type: "condition",
  meta: {
    group: "Logic",
    icon: "Split",
    label: localized("Condition", "Koşul"),
    description: localized(
      "Branch on variables, contact fields or the last message; the first matching branch wins, otherwise else.",
      "Değişkenlere, kişi alanlarına ya da son mesaja göre dallanın; ilk uyan dal seçilir, hiçbiri uymazsa değilse.",
    ),
    defaultData: () => ({
      branches: [
        {
          id: "branch_1",
          label: "",
          match: "any",
          groups: [
            {
              match: "all",
              rules: [
                {
                  subject: { kind: "variable", name: "" },
                  operator: "equals",
                  value: "",
                  values: [],
                  caseSensitive: false,
                },
              ],
            },
          ],
        },
      ],
    }),
  },
  ports: (data) => [
    ...data.branches.map((b, i) => titledPort(b.id, b.label === "" ? `#${i + 1}` : b.label, true)),
    sharedPort("else", false),
  ],
  traits: () => ({ waitsFor: "nothing", sendsFreeForm: false }),

  validate(node) {
    const issues = new Issues();
    const { branches } = node.data;
    if (branches.length === 0) {
      issues.error(
        "no_branches",
        "branches",
        localized("Add at least one branch.", "En az bir dal ekleyin."),
      );
    }
    const ids = new Set<string>();
    branches.forEach((branch, b) => {
      const at = `branches.${b}`;
      issues.reservedPortId(`${at}.id`, branch.id, ["else"]);
      if (ids.has(branch.id)) issues.duplicate("duplicate_id", `${at}.id`, branch.id);
      ids.add(branch.id);
      if (!branch.groups.some((g) => g.rules.length > 0)) {
        issues.error(
          "empty_branch",
          `${at}.groups`,
          localized(
            "This branch has no rules, so it never matches.",
            "Bu dalda kural yok, bu yüzden hiç eşleşmez.",
          ),
        );
      }
      branch.groups.forEach((group, g) =>
        group.rules.forEach((rule, r) => {
          const ruleAt = `${at}.groups.${g}.rules.${r}`;
          if (rule.subject.kind === "variable") {
            issues.variableName(
              `${ruleAt}.subject.name`,
              rule.subject.name.split(".")[0] ?? "",
              localized("The variable", "Değişken"),
            );
          }
          if (rule.subject.kind === "contact" && rule.subject.field.trim() === "") {
            issues.required(
              `${ruleAt}.subject.field`,
              localized("The contact field", "Kişi alanı"),
            );
          }
          if (
            NEEDS_VALUE.has(rule.operator) &&
            rule.value.trim() === "" &&
            rule.operator !== "equals" &&
            rule.operator !== "not_equals"
          ) {
            issues.required(
              `${ruleAt}.value`,
              localized("The value to compare with", "Karşılaştırılacak değer"),
            );
          }
          const literal = templateTokens(rule.value).length === 0;
          if (
            NUMERIC.has(rule.operator) &&
            literal &&
            rule.value.trim() !== "" &&
            toNumber(rule.value) === undefined &&
            !/^\d{4}-\d{2}-\d{2}/.test(rule.value.trim())
          ) {
            issues.warning(
              "not_a_number",
              `${ruleAt}.value`,
              localized(
                `"${rule.value}" is not a number or a date, so this comparison is never true.`,
                `"${rule.value}" bir sayı ya da tarih değil, bu yüzden bu karşılaştırma hiç doğru olmaz.`,
              ),
            );
          }
          if (
            (rule.operator === "in_list" || rule.operator === "not_in_list") &&
            rule.values.length === 0
          ) {
            issues.required(`${ruleAt}.values`, localized("The list of values", "Değer listesi"));
          }
          if (rule.operator === "regex" && literal && rule.value.trim() !== "") {
            const compiled = compileSafeRegex(rule.value, rule.caseSensitive);
            if (!compiled.ok) {
              issues.error(
                compiled.problem === "invalid" ? "invalid_regex" : "unsafe_regex",
                `${ruleAt}.value`,
                REGEX_PROBLEMS[compiled.problem],
              );
            }
          }
        }),
      );
    });
    return issues.list;
  },

  variables: (node, visit) => ({
    ...node,
    data: {
      branches: node.data.branches.map((branch, b) => ({
        ...branch,
        groups: branch.groups.map((group, g) => ({
          ...group,
          rules: group.rules.map((rule, r) => {
            const at = `branches.${b}.groups.${g}.rules.${r}`;
            return {
              ...rule,
              subject:
                rule.subject.kind === "variable"
                  ? {
                      ...rule.subject,
                      name: visitName(rule.subject.name, `${at}.subject.name`, "read", visit),
                    }
                  : rule.subject,
              value: visitTemplate(rule.value, `${at}.value`, visit),
              values: rule.values.map((v, i) => visitTemplate(v, `${at}.values.${i}`, visit)),
            };
          }),
        })),
      })),
    },
  }),

  enter(node, rt) {
    const branch = node.data.branches.find((b) => evaluateBranch(b, rt));
    return { kind: "port", port: branch === undefined ? "else" : branch.id };
  },
});
