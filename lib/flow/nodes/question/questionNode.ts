import { DAY_MS } from "../../date/durationMs";
import { LIMITS, type OutboundMessage } from "../../io";
import { localized, type Localized } from "../../localized";
import { normalizeText } from "../../text/normalizeText";
import { defineNode, type NodeRuntime, type PortSpec } from "../nodeDefinition";
import { BUILTIN_TEXTS } from "../shared/builtinTexts";
import { Issues } from "../shared/issues";
import { sharedPort } from "../shared/ports";
import { IGNORE_REACTION, rejectAnswer } from "../shared/rejectAnswer";
import { fitText } from "../shared/runtimeText";
import { visitName, visitTemplate } from "../shared/visitVariables";
import { isCountry, NO_ID, parseAnswer, YES_ID } from "./parseAnswer";
import { questionNodeSchema, type Answer, type QuestionData } from "./questionSchema";

const PROMPT = localized("The question", "Soru");
const VARIABLE = localized("The variable", "Değişken");
const MAX_TIMEOUT_DAYS = 7;

function promptMessage(data: QuestionData, rt: NodeRuntime): OutboundMessage {
  const { answer } = data;
  if (answer.type === "yes_no" && answer.buttons) {
    const locale = rt.settings.locale;
    return {
      type: "buttons",
      body: fitText(rt, data.prompt, LIMITS.interactiveBody, PROMPT),
      buttons: [
        { id: YES_ID, title: BUILTIN_TEXTS.yes[locale] },
        { id: NO_ID, title: BUILTIN_TEXTS.no[locale] },
      ],
    };
  }
  if (answer.type === "location") {
    return {
      type: "location_request",
      body: fitText(rt, data.prompt, LIMITS.interactiveBody, PROMPT),
    };
  }
  return { type: "text", text: fitText(rt, data.prompt, LIMITS.textBody, PROMPT) };
}

function retryText(answer: Answer): Localized {
  switch (answer.type) {
    case "number":
      return answer.min !== undefined && answer.max !== undefined
        ? localized(
            `Please send a number between ${answer.min} and ${answer.max}.`,
            `Lütfen ${answer.min} ile ${answer.max} arasında bir sayı gönderin.`,
          )
        : BUILTIN_TEXTS.answerNumber;
    case "email":
      return BUILTIN_TEXTS.answerEmail;
    case "phone":
      return BUILTIN_TEXTS.answerPhone;
    case "date":
      return answer.order === "MDY" ? BUILTIN_TEXTS.answerDateMDY : BUILTIN_TEXTS.answerDateDMY;
    case "yes_no":
      return BUILTIN_TEXTS.answerYesNo;
    case "location":
      return BUILTIN_TEXTS.answerLocation;
    case "media":
      return BUILTIN_TEXTS.answerMedia;
    case "text":
    case "any":
      return BUILTIN_TEXTS.answerText;
  }
}

export const questionNode = defineNode(questionNodeSchema)({
  type: "question",
  meta: {
    group: "Questions",
    icon: "MessageCircleQuestionMark",
    label: localized("Question", "Soru"),
    description: localized(
      "Ask something and save the checked answer (text, number, e-mail, phone, date, yes/no, location, file) in a variable.",
      "Bir soru sorun ve doğrulanan yanıtı (metin, sayı, e-posta, telefon, tarih, evet/hayır, konum, dosya) bir değişkene kaydedin.",
    ),
    defaultData: () => ({
      prompt: "",
      variable: "",
      answer: { type: "text" },
      retryMessage: "",
      maxAttempts: 3,
      skipWord: "",
      timeoutMinutes: 0,
    }),
  },
  ports: (data) => {
    const ports: PortSpec[] = [sharedPort("next", true), sharedPort("invalid", false)];
    if (data.timeoutMinutes > 0) ports.push(sharedPort("timeout", false));
    return ports;
  },
  traits: () => ({ waitsFor: "customer", sendsFreeForm: true }),
  portTiming: (data, port) =>
    port === "timeout"
      ? { resetsWindow: false, delayMs: data.timeoutMinutes * 60_000 }
      : { resetsWindow: true, delayMs: 0 },

  validate(node) {
    const { data } = node;
    const { answer } = data;
    const interactive = (answer.type === "yes_no" && answer.buttons) || answer.type === "location";
    const issues = new Issues()
      .text("prompt", data.prompt, interactive ? LIMITS.interactiveBody : LIMITS.textBody, PROMPT)
      .variableName("variable", data.variable, VARIABLE)
      .maxAttempts("maxAttempts", data.maxAttempts);
    if (
      answer.type === "number" &&
      answer.min !== undefined &&
      answer.max !== undefined &&
      answer.min > answer.max
    ) {
      issues.error(
        "invalid_range",
        "answer.min",
        localized(
          "The minimum is larger than the maximum.",
          "En küçük değer en büyük değerden büyük.",
        ),
      );
    }
    if (
      answer.type === "text" &&
      answer.minLength !== undefined &&
      answer.maxLength !== undefined &&
      answer.minLength > answer.maxLength
    ) {
      issues.error(
        "invalid_range",
        "answer.minLength",
        localized(
          "The minimum length is larger than the maximum.",
          "En kısa uzunluk en uzun uzunluktan büyük.",
        ),
      );
    }
    if (answer.type === "phone" && !isCountry(answer.defaultCountry.toUpperCase())) {
      issues.error(
        "invalid_country",
        "answer.defaultCountry",
        localized(
          `"${answer.defaultCountry}" is not a country code like TR or NL.`,
          `"${answer.defaultCountry}" TR ya da NL gibi bir ülke kodu değil.`,
        ),
      );
    }
    if (answer.type === "media" && answer.kinds.length === 0) {
      issues.error(
        "no_media_kinds",
        "answer.kinds",
        localized("Choose at least one kind of file.", "En az bir dosya türü seçin."),
      );
    }
    if (data.timeoutMinutes * 60_000 > MAX_TIMEOUT_DAYS * DAY_MS) {
      issues.error(
        "timeout_too_long",
        "timeoutMinutes",
        localized(
          `An answer timeout can be at most ${MAX_TIMEOUT_DAYS} days.`,
          `Yanıt süresi en fazla ${MAX_TIMEOUT_DAYS} gün olabilir.`,
        ),
      );
    }
    return issues.list;
  },

  variables: (node, visit) => ({
    ...node,
    data: {
      ...node.data,
      prompt: visitTemplate(node.data.prompt, "prompt", visit),
      variable: visitName(node.data.variable, "variable", "write", visit),
      retryMessage: visitTemplate(node.data.retryMessage, "retryMessage", visit),
    },
  }),

  enter(node, rt) {
    rt.send(promptMessage(node.data, rt));
    const timeoutMs = node.data.timeoutMinutes * 60_000;
    return timeoutMs > 0 ? { kind: "wait_input", timeoutMs } : { kind: "wait_input" };
  },

  onInput(node, rt, message) {
    const { data } = node;
    if (message.kind === "reaction") return IGNORE_REACTION;
    if (data.skipWord.trim() !== "" && message.kind === "text") {
      if (normalizeText(message.text) === normalizeText(data.skipWord)) {
        rt.unsetVariable(data.variable);
        return { kind: "port", port: "next" };
      }
    }
    const value = parseAnswer(data.answer, message, rt.now, rt.settings.timeZone);
    if (value !== undefined) {
      rt.setVariable(data.variable, value);
      return { kind: "port", port: "next" };
    }
    const interactive =
      data.answer.type === "yes_no" ? data.answer.buttons : data.answer.type === "location";
    return rejectAnswer(rt, {
      maxAttempts: data.maxAttempts,
      retryMessage: data.retryMessage,
      defaultText: retryText(data.answer),
      reason: `not_${data.answer.type}`,
      ...(interactive ? { reprompt: () => rt.send(promptMessage(data, rt)) } : {}),
    });
  },

  onTimer: () => ({ kind: "port", port: "timeout" }),
});
