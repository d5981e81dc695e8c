import { LIMITS, type OutboundMessage } from "../../io";
import { localized } from "../../localized";
import { normalizeText } from "../../text/normalizeText";
import { defineNode, type NodeRuntime } from "../nodeDefinition";
import { BUILTIN_TEXTS } from "../shared/builtinTexts";
import { Issues } from "../shared/issues";
import { sharedPort, titledPort } from "../shared/ports";
import { IGNORE_REACTION, rejectAnswer } from "../shared/rejectAnswer";
import { fitText } from "../shared/runtimeText";
import { visitTemplate } from "../shared/visitVariables";
import { buttonsNodeSchema, type ButtonsData } from "./buttonsSchema";

const BODY = localized("The message text", "Mesaj metni");
const HEADER = localized("The header", "Başlık");
const FOOTER = localized("The footer", "Alt bilgi");
const TITLE = localized("The button title", "Düğme başlığı");
const BUTTON_ID = localized("The button id", "Düğme kimliği");

function buttonsMessage(data: ButtonsData, rt: NodeRuntime): OutboundMessage {
  const header = fitText(rt, data.header, LIMITS.header, HEADER);
  const footer = fitText(rt, data.footer, LIMITS.footer, FOOTER);
  return {
    type: "buttons",
    body: fitText(rt, data.body, LIMITS.interactiveBody, BODY),
    ...(header.trim() === "" ? {} : { header: { type: "text", text: header } }),
    ...(footer.trim() === "" ? {} : { footer }),
    buttons: data.buttons.map((b) => ({
      id: b.id,
      title: fitText(rt, b.title, LIMITS.buttonTitle, TITLE),
    })),
  };
}

export const buttonsNode = defineNode(buttonsNodeSchema)({
  type: "buttons",
  meta: {
    group: "Questions",
    icon: "MousePointerClick",
    label: localized("Reply buttons", "Yanıt düğmeleri"),
    description: localized(
      "A message with up to three buttons; each button continues on its own path.",
      "En fazla üç düğmeli bir mesaj; her düğme kendi yolundan devam eder.",
    ),
    defaultData: () => ({
      body: "",
      header: "",
      footer: "",
      buttons: [
        { id: "btn_1", title: "" },
        { id: "btn_2", title: "" },
      ],
      retryMessage: "",
      maxAttempts: 2,
    }),
  },
  ports: (data) => [
    ...data.buttons.map((b) => titledPort(b.id, b.title, true)),
    sharedPort("invalid", false),
  ],
  traits: () => ({ waitsFor: "customer", sendsFreeForm: true }),
  portTiming: () => ({ resetsWindow: true, delayMs: 0 }),

  validate(node) {
    const { data } = node;
    const issues = new Issues()
      .text("body", data.body, LIMITS.interactiveBody, BODY)
      .maxLength("header", data.header, LIMITS.header, HEADER)
      .maxLength("footer", data.footer, LIMITS.footer, FOOTER)
      .maxAttempts("maxAttempts", data.maxAttempts);
    if (data.buttons.length === 0) {
      issues.error(
        "too_few_buttons",
        "buttons",
        localized("Add at least one button.", "En az bir düğme ekleyin."),
      );
    }
    if (data.buttons.length > LIMITS.buttonsMax) {
      issues.error(
        "too_many_buttons",
        "buttons",
        localized(
          `WhatsApp allows at most ${LIMITS.buttonsMax} reply buttons; use a list for more options.`,
          `WhatsApp en fazla ${LIMITS.buttonsMax} yanıt düğmesine izin veriyor; daha fazla seçenek için liste kullanın.`,
        ),
      );
    }
    const titles = new Set<string>();
    const ids = new Set<string>();
    data.buttons.forEach((button, i) => {
      issues.text(`buttons.${i}.title`, button.title, LIMITS.buttonTitle, TITLE);
      issues.maxLength(`buttons.${i}.id`, button.id, LIMITS.buttonId, BUTTON_ID);
      issues.reservedPortId(`buttons.${i}.id`, button.id, ["invalid"]);
      const title = normalizeText(button.title);
      if (title !== "" && titles.has(title))
        issues.duplicate("duplicate_title", `buttons.${i}.title`, button.title);
      if (ids.has(button.id)) issues.duplicate("duplicate_id", `buttons.${i}.id`, button.id);
      titles.add(title);
      ids.add(button.id);
    });
    return issues.list;
  },

  variables: (node, visit) => ({
    ...node,
    data: {
      ...node.data,
      body: visitTemplate(node.data.body, "body", visit),
      header: visitTemplate(node.data.header, "header", visit),
      footer: visitTemplate(node.data.footer, "footer", visit),
      buttons: node.data.buttons.map((b, i) => ({
        ...b,
        title: visitTemplate(b.title, `buttons.${i}.title`, visit),
      })),
      retryMessage: visitTemplate(node.data.retryMessage, "retryMessage", visit),
    },
  }),

  enter(node, rt) {
    rt.send(buttonsMessage(node.data, rt));
    return { kind: "wait_input" };
  },

  onInput(node, rt, message) {
    const { buttons } = node.data;
    if (message.kind === "reaction") return IGNORE_REACTION;
    if (message.kind === "button" && buttons.some((b) => b.id === message.buttonId)) {
      return { kind: "port", port: message.buttonId };
    }
    // Customers often type the option instead of tapping it.
    if (message.kind === "text") {
      const typed = normalizeText(message.text);
      const match = buttons.find((b) => normalizeText(rt.text(b.title)) === typed);
      if (match !== undefined && typed !== "") return { kind: "port", port: match.id };
    }
    return rejectAnswer(rt, {
      maxAttempts: node.data.maxAttempts,
      retryMessage:
        node.data.retryMessage.trim() === "" ? rt.settings.fallbackMessage : node.data.retryMessage,
      defaultText: BUILTIN_TEXTS.chooseOption,
      reason: "not_a_button",
      reprompt: () => rt.send(buttonsMessage(node.data, rt)),
    });
  },
});
