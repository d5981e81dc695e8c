import { isJsonObject } from "../../json";
import { localized } from "../../localized";
import { codeFromPattern, patternHasRandomPart } from "../../random/randomCode";
import { defineNode } from "../nodeDefinition";
import { Issues } from "../shared/issues";
import { sharedPort } from "../shared/ports";
import { visitName } from "../shared/visitVariables";
import { discountCodeNodeSchema } from "./discountCodeSchema";

const MAX_PATTERN_LENGTH = 64;

export const discountCodeNode = defineNode(discountCodeNodeSchema)({
  type: "discount_code",
  meta: {
    group: "Commerce",
    icon: "TicketPercent",
    label: localized("Discount code", "İndirim kodu"),
    description: localized(
      "Take a single-use code from a code pool, or generate one from a pattern, into a variable.",
      "Bir kod havuzundan tek kullanımlık kod alın ya da bir kalıptan üretin ve bir değişkene kaydedin.",
    ),
    defaultData: () => ({
      source: { kind: "pattern", pattern: "SOHBET-####" },
      variable: "discount_code",
    }),
  },
  ports: (data) =>
    data.source.kind === "pool"
      ? [sharedPort("ok", true), sharedPort("exhausted", false)]
      : [sharedPort("ok", true)],
  traits: (data) => ({
    waitsFor: data.source.kind === "pool" ? "effect" : "nothing",
    sendsFreeForm: false,
  }),

  validate(node) {
    const { source, variable } = node.data;
    const issues = new Issues().variableName(
      "variable",
      variable,
      localized("The variable", "Değişken"),
    );
    if (source.kind === "pool" && source.poolId.trim() === "") {
      issues.required("source.poolId", localized("The code pool", "Kod havuzu"));
    }
    if (source.kind === "pattern") {
      if (source.pattern.trim() === "")
        issues.required("source.pattern", localized("The pattern", "Kalıp"));
      else if (!patternHasRandomPart(source.pattern)) {
        issues.warning(
          "pattern_not_random",
          "source.pattern",
          localized(
            "The pattern has no # ? or *, so every customer gets the same code.",
            "Kalıpta # ? ya da * yok, bu yüzden her müşteri aynı kodu alır.",
          ),
        );
      }
      issues.maxLength(
        "source.pattern",
        source.pattern,
        MAX_PATTERN_LENGTH,
        localized("The pattern", "Kalıp"),
      );
    }
    return issues.list;
  },

  variables: (node, visit) => ({
    ...node,
    data: { ...node.data, variable: visitName(node.data.variable, "variable", "write", visit) },
  }),

  enter(node, rt) {
    const { source, variable } = node.data;
    if (source.kind === "pool")
      return { kind: "wait_effect", effect: { type: "discount_code", poolId: source.poolId } };
    rt.setVariable(
      variable,
      codeFromPattern(source.pattern, () => rt.random()),
    );
    return { kind: "port", port: "ok" };
  },

  onEffectResult(node, rt, result) {
    if (result.status === "success") {
      const data = result.data;
      const code = typeof data === "string" ? data : isJsonObject(data) ? data.code : undefined;
      if (typeof code === "string" && code !== "") {
        rt.setVariable(node.data.variable, code);
        return { kind: "port", port: "ok" };
      }
    }
    if (result.status !== "exhausted") {
      rt.trace({
        type: "error",
        code: "discount_code_failed",
        message: localized(
          "The code pool did not return a code; continuing as if it were empty.",
          "Kod havuzu bir kod döndürmedi; havuz boşmuş gibi devam ediliyor.",
        ),
      });
    }
    return { kind: "port", port: "exhausted" };
  },
});
