import type { OutboundMessage } from "../../io";
import { localized } from "../../localized";
import { normalizeText } from "../../text/normalizeText";
import { defineNode, type NodeRuntime } from "../nodeDefinition";
import { Issues } from "../shared/issues";
import { sharedPort, titledPort } from "../shared/ports";
import { IGNORE_REACTION } from "../shared/rejectAnswer";
import { visitTemplate } from "../shared/visitVariables";
import { templateNodeSchema, type TemplateData } from "./templateSchema";

/** Meta's template rules (not interactive-message limits, so not in LIMITS). */
export const TEMPLATE_BUTTON_TITLE_MAX = 25;
export const TEMPLATE_BUTTONS_MAX = 10;
const NAME = /^[a-z0-9_]{1,512}$/;
const LANGUAGE = /^[a-z]{2,3}(?:_[A-Z]{2})?$/;
const PLACEHOLDER = /\{\{(\d+)\}\}/g;

export function quickReplies(data: TemplateData): { id: string; title: string }[] {
  return data.buttons.flatMap((b) =>
    b.kind === "quick_reply" ? [{ id: b.id, title: b.title }] : [],
  );
}

function highestPlaceholder(text: string): number {
  let max = 0;
  for (const match of text.matchAll(PLACEHOLDER)) max = Math.max(max, Number(match[1]));
  return max;
}

function templateMessage(data: TemplateData, rt: NodeRuntime): OutboundMessage {
  const header = data.headerParams.map((p) => rt.text(p));
  const body = data.bodyParams.map((p) => rt.text(p));
  const components: Extract<OutboundMessage, { type: "template" }>["components"] = [];
  if (header.length > 0)
    components.push({ type: "header", parameters: header.map((text) => ({ type: "text", text })) });
  if (body.length > 0)
    components.push({ type: "body", parameters: body.map((text) => ({ type: "text", text })) });
  data.buttons.forEach((button, index) => {
    if (button.kind === "quick_reply") {
      // The payload comes back with the tap; using the button id routes it to this node's port.
      components.push({ type: "button", subType: "quick_reply", index, parameter: button.id });
    } else if (button.urlParam !== "") {
      components.push({
        type: "button",
        subType: "url",
        index,
        parameter: rt.text(button.urlParam),
      });
    }
  });
  const preview =
    data.bodyText === ""
      ? undefined
      : data.bodyText.replace(PLACEHOLDER, (whole, n: string) => body[Number(n) - 1] ?? whole);
  const replies = quickReplies(data);
  return {
    type: "template",
    name: data.name,
    language: data.language,
    components,
    ...(preview === undefined ? {} : { preview }),
    ...(replies.length === 0 ? {} : { quickReplies: replies }),
  };
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

  validate(node) {
    const { data } = node;
    const issues = new Issues();
    if (data.name.trim() === "")
      issues.required("name", localized("The template name", "Şablon adı"));
    else if (!NAME.test(data.name)) {
      issues.error(
        "template_name_invalid",
        "name",
        localized(
          "Template names use lowercase letters, digits and _ only, as approved in WhatsApp Manager.",
          "Şablon adları WhatsApp Yöneticisi'nde onaylandığı gibi yalnızca küçük harf, rakam ve _ içerir.",
        ),
      );
    }
    if (!LANGUAGE.test(data.language)) {
      issues.error(
        "template_language_invalid",
        "language",
        localized(
          `"${data.language}" is not a language code like tr or en_US.`,
          `"${data.language}" tr ya da en_US gibi bir dil kodu değil.`,
        ),
      );
    }
    const expected = highestPlaceholder(data.bodyText);
    if (data.bodyText !== "" && expected !== data.bodyParams.length) {
      issues.error(
        "template_params_mismatch",
        "bodyParams",
        localized(
          `The template body has ${expected} parameter(s) but ${data.bodyParams.length} value(s) are set.`,
          `Şablon gövdesinde ${expected} parametre var ama ${data.bodyParams.length} değer girilmiş.`,
        ),
      );
    }
    data.bodyParams.forEach((p, i) => {
      if (p.trim() === "")
        issues.required(
          `bodyParams.${i}`,
          localized(`Parameter {{${i + 1}}}`, `{{${i + 1}}} parametresi`),
        );
    });
    data.headerParams.forEach((p, i) => {
      if (p.trim() === "")
        issues.required(
          `headerParams.${i}`,
          localized("The header parameter", "Başlık parametresi"),
        );
    });
    if (data.buttons.length > TEMPLATE_BUTTONS_MAX) {
      issues.error(
        "too_many_buttons",
        "buttons",
        localized(
          `A template has at most ${TEMPLATE_BUTTONS_MAX} buttons.`,
          `Bir şablonda en fazla ${TEMPLATE_BUTTONS_MAX} düğme olur.`,
        ),
      );
    }
    const ids = new Set<string>();
    const titles = new Set<string>();
    data.buttons.forEach((button, i) => {
      issues.text(
        `buttons.${i}.title`,
        button.title,
        TEMPLATE_BUTTON_TITLE_MAX,
        localized("The button title", "Düğme başlığı"),
      );
      if (button.kind !== "quick_reply") return;
      issues.reservedPortId(`buttons.${i}.id`, button.id, ["other", "next"]);
      if (ids.has(button.id)) issues.duplicate("duplicate_id", `buttons.${i}.id`, button.id);
      const title = normalizeText(button.title);
      if (title !== "" && titles.has(title))
        issues.duplicate("duplicate_title", `buttons.${i}.title`, button.title);
      ids.add(button.id);
      titles.add(title);
    });
    return issues.list;
  },

  variables: (node, visit) => ({
    ...node,
    data: {
      ...node.data,
      headerParams: node.data.headerParams.map((p, i) =>
        visitTemplate(p, `headerParams.${i}`, visit),
      ),
      bodyParams: node.data.bodyParams.map((p, i) => visitTemplate(p, `bodyParams.${i}`, visit)),
      buttons: node.data.buttons.map((b, i) =>
        b.kind === "url"
          ? { ...b, urlParam: visitTemplate(b.urlParam, `buttons.${i}.urlParam`, visit) }
          : b,
      ),
    },
  }),

  enter(node, rt) {
    rt.send(templateMessage(node.data, rt));
    return quickReplies(node.data).length > 0
      ? { kind: "wait_input" }
      : { kind: "port", port: "next" };
  },

  onInput(node, rt, message) {
    const replies = quickReplies(node.data);
    if (message.kind === "reaction") return IGNORE_REACTION;
    if (message.kind === "button" && replies.some((r) => r.id === message.buttonId)) {
      return { kind: "port", port: message.buttonId };
    }
    if (message.kind === "text" || message.kind === "button") {
      const typed = normalizeText(message.kind === "text" ? message.text : message.title);
      const match = replies.find((r) => normalizeText(r.title) === typed);
      if (match !== undefined && typed !== "") return { kind: "port", port: match.id };
    }
    // Templates reach people outside a conversation; anything else they write goes to `other`.
    return { kind: "port", port: "other" };
  },
});
