import { localized } from "../../localized";
import { defineNode, type PortSpec } from "../nodeDefinition";
import { sharedPort } from "../shared/ports";
import { questionNodeSchema } from "./questionSchema";

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
});
