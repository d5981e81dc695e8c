import { describe, expect, it } from "vitest";
import { flowSchema, parseFlow, validateFlow, type Flow, type Locale } from "@/lib/flow";
import { TEMPLATE_CATEGORIES, TEMPLATE_ICONS } from "./flow-template";
import { flowTemplates, getTemplate } from "./registry";
import { TEMPLATE_IDS, isTemplateId } from "./template-ids";

const LOCALES: Locale[] = ["en", "tr"];
const TURKISH_LETTERS = /[çğıİöşüÇĞÖŞÜ]/;

/** Node types whose data the customer reads; their copy must differ between the languages. */
const SPEAKING = new Set([
  "message",
  "buttons",
  "list",
  "question",
  "cta_url",
  "template",
  "handoff",
]);

function texts(flow: Flow): string[] {
  return flow.nodes.filter((n) => SPEAKING.has(n.type)).map((n) => JSON.stringify(n.data));
}

describe("the template registry", () => {
  it("has the ten use cases, in gallery order, with known categories and icons", () => {
    expect(flowTemplates.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    expect(TEMPLATE_IDS).toHaveLength(10);
    for (const template of flowTemplates) {
      expect(TEMPLATE_CATEGORIES).toContain(template.category);
      expect(TEMPLATE_ICONS).toContain(template.icon);
      expect(getTemplate(template.id)).toBe(template);
    }
    expect(new Set(flowTemplates.map((t) => t.icon)).size).toBe(flowTemplates.length);
    expect(isTemplateId("lead-capture")).toBe(true);
    expect(isTemplateId("teleport")).toBe(false);
  });

  it("names, describes and explains every template in English and Turkish", () => {
    for (const template of flowTemplates) {
      const { name, description, setup } = template;
      for (const text of [name, description]) {
        expect(text.en.trim()).not.toBe("");
        expect(text.tr.trim()).not.toBe("");
        expect(text.tr).not.toBe(text.en);
      }
      expect(name.en.length, template.id).toBeLessThanOrEqual(100);
      expect(name.tr.length, template.id).toBeLessThanOrEqual(100);
      expect(setup.en.length, template.id).toBeGreaterThan(0);
      expect(setup.tr).toHaveLength(setup.en.length);
    }
  });
});

describe.each(flowTemplates.flatMap((t) => LOCALES.map((locale) => [t.id, locale] as const)))(
  "template %s (%s)",
  (id, locale) => {
    const template = getTemplate(id);
    const flow = template.build(locale);

    it("is a flow document that survives storage unchanged", () => {
      const stored = JSON.parse(JSON.stringify(flow));
      expect(flowSchema.parse(stored)).toEqual(flow);
      const parsed = parseFlow(stored);
      expect(parsed.ok && parsed.flow).toEqual(flow);
    });

    it("passes validateFlow without errors or warnings", () => {
      expect(validateFlow(flow)).toEqual([]);
    });

    it("speaks the flow's language, with settings to match", () => {
      expect(flow.settings.locale).toBe(locale);
      expect(flow.settings.timeZone).toBe(locale === "tr" ? "Europe/Istanbul" : "Europe/Amsterdam");
      expect(flow.settings.inactivityTimeoutMinutes).toBeGreaterThanOrEqual(60);
      for (const message of ["fallbackMessage", "humanHandoffMessage", "stopMessage"] as const) {
        expect(flow.settings[message]).not.toBe("");
      }
      const keywords = flow.settings.globalKeywords;
      expect(keywords.stop).toContain(locale === "tr" ? "dur" : "stop");
      expect(keywords.human).toContain(locale === "tr" ? "temsilci" : "agent");
      if (locale === "tr") {
        expect(texts(flow).some((t) => TURKISH_LETTERS.test(t))).toBe(true);
        const english = new Set(texts(getTemplate(id).build("en")));
        expect(texts(flow).filter((t) => english.has(t))).toEqual([]);
      }
    });

    it("declares every variable it uses, with a description", () => {
      const declared = new Set(flow.variables.map((v) => v.name));
      expect(declared.size).toBe(flow.variables.length);
      for (const variable of flow.variables) expect(variable.description ?? "").not.toBe("");
      // Nothing the flow reads is left for the marketer to guess.
      expect(validateFlow(flow).filter((p) => p.code === "variable_undefined")).toEqual([]);
    });

    it("is built fresh on every call", () => {
      const again = template.build(locale);
      expect(again).toEqual(flow);
      expect(again).not.toBe(flow);
      expect(again.nodes[0]).not.toBe(flow.nodes[0]);
    });
  },
);
