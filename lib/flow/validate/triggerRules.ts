import type { FlowIndex } from "../graph/flowIndex";
import { startNodes } from "../graph/startNodes";
import { localized } from "../localized";
import { normalizeText } from "../text/normalizeText";
import { problem, type Problem } from "./problem";
import { triggerClaims } from "./triggerClaims";

/** Two starts must never compete for the same message; global keywords win over start keywords. */
export function triggerRules(index: FlowIndex): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  const { globalKeywords } = index.flow.settings;
  const global = new Set(
    [...globalKeywords.restart, ...globalKeywords.human, ...globalKeywords.stop].map(normalizeText),
  );

  for (const start of startNodes(index.flow)) {
    const { trigger } = start.data;
    const claims = triggerClaims(start);
    if (trigger.kind === "keyword") {
      trigger.keywords.forEach((keyword, i) => {
        const folded = normalizeText(keyword);
        if (folded === "" || !global.has(folded)) return;
        problems.push(
          problem({
            code: "keyword_shadowed",
            severity: "warning",
            nodeId: start.id,
            field: `trigger.keywords.${i}`,
            message: localized(
              `"${keyword}" is also a global keyword of this flow, which always wins.`,
              `"${keyword}" aynı zamanda bu akışın genel anahtar kelimesi ve o her zaman önceliklidir.`,
            ),
          }),
        );
      });
    }
    for (const claim of claims) {
      const first = owner.get(claim.key);
      if (first === undefined) {
        owner.set(claim.key, start.id);
        continue;
      }
      problems.push(
        problem({
          code: "duplicate_trigger",
          // An API start can still be chosen by id; an ambiguous customer trigger cannot.
          severity: claim.key === "api" ? "warning" : "error",
          nodeId: start.id,
          field: claim.field,
          message: localized(
            `Start node "${first}" already starts on ${claim.shown.en}.`,
            `"${first}" başlangıç düğümü zaten ${claim.shown.tr} ile başlıyor.`,
          ),
        }),
      );
    }
  }
  return problems;
}
