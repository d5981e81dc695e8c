import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort, titledPort } from "../shared/ports";
import { templateNodeSchema, type TemplateData } from "./templateSchema";

export function quickReplies(data: TemplateData): { id: string; title: string }[] {
  return data.buttons.flatMap((b) =>
    b.kind === "quick_reply" ? [{ id: b.id, title: b.title }] : [],
  );
}

export const templateNode = defineNode(templateNodeSchema)({
  type: "template",
  meta: {
    group: "Messages",
    icon: "FileBadge",
    label: localized("Template", "Şablon"),
    description: localized(
      "Send an approved WhatsApp template (allowed outside the 24-hour window); quick replies continue on their own paths.",
      "Onaylı bir WhatsApp şablonu gönderin (24 saatlik pencere dışında da gönderilebilir); hızlı yanıtlar kendi yollarından devam eder.",
    ),
    defaultData: () => ({
      name: "",
      language: "tr",
      headerParams: [],
      bodyParams: [],
      bodyText: "",
      buttons: [],
    }),
  },
  ports: (data) => {
    const replies = quickReplies(data);
    if (replies.length === 0) return [sharedPort("next", false)];
    return [...replies.map((r) => titledPort(r.id, r.title, true)), sharedPort("other", false)];
  },
  traits: (data) => ({
    waitsFor: quickReplies(data).length > 0 ? "customer" : "nothing",
    sendsFreeForm: false,
  }),
  portTiming: (data, port) => ({
    resetsWindow: port !== "next" && quickReplies(data).length > 0,
    delayMs: 0,
  }),
});
