import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import { FLOW_ENUMS } from "./flow-enums";

/** Where the UI translates each lib/flow choice (keys are built as `${namespace}.${value}`). */
const TRANSLATED_AT: Partial<Record<keyof typeof FLOW_ENUMS, string[]>> = {
  triggerKinds: ["inspector.triggerKind"],
  keywordMatch: ["inspector.keywordMatch", "nodeCards.keywordMatch"],
  mediaKinds: ["nodeTerms.media"],
  answerTypes: ["nodeTerms.answer"],
  dateOrders: ["inspector.dateOrder"],
  answerMediaKinds: ["nodeTerms.media"],
  subjectKinds: ["inspector.subjectKind"],
  operators: ["inspector.operator"],
  matchModes: ["inspector.matchMode"],
  assignmentKinds: ["nodeTerms.assignment"],
  timeUnits: ["nodeTerms.timeUnit", "nodeCards.delay"],
  dateLocales: ["inspector.dateLocale"],
  alphabets: ["inspector.alphabet"],
  contactFields: ["nodeTerms.contactField"],
  optIn: ["nodeTerms.optIn"],
  discountSources: ["inspector.discountSource"],
  jumpTargets: ["inspector.jumpTarget"],
  templateButtonKinds: ["inspector.templateButtonKind"],
};

function lookup(catalog: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>(
      (node, part) =>
        typeof node === "object" && node !== null ? Reflect.get(node, part) : undefined,
      catalog,
    );
}

describe("lib/flow's choices", () => {
  it("are all read from the schemas", () => {
    expect(FLOW_ENUMS.operators).toContain("equals");
    expect(FLOW_ENUMS.answerTypes).toContain("email");
    expect(FLOW_ENUMS.contactReferences).toEqual(expect.arrayContaining(["name", "email"]));
  });

  it.each(["en", "tr"] as const)("all have a label in %s", (locale) => {
    const missing: string[] = [];
    for (const [name, namespaces] of Object.entries(TRANSLATED_AT)) {
      const values: readonly string[] = Reflect.get(FLOW_ENUMS, name);
      for (const namespace of namespaces)
        for (const value of values)
          if (typeof lookup(catalogs[locale], `${namespace}.${value}`) !== "string")
            missing.push(`${namespace}.${value}`);
    }
    expect(missing).toEqual([]);
  });
});
