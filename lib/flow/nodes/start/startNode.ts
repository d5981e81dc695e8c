import { localized } from "../../localized";
import { normalizeText } from "../../text/normalizeText";
import { defineNode } from "../nodeDefinition";
import { Issues } from "../shared/issues";
import { sharedPort } from "../shared/ports";
import { startNodeSchema } from "./startSchema";

export const startNode = defineNode(startNodeSchema)({
  type: "start",
  meta: {
    group: "Messages",
    icon: "Play",
    label: localized("Start", "Başlangıç"),
    description: localized(
      "Where a conversation begins: any message, keywords, a click-to-WhatsApp ad or an API call.",
      "Konuşmanın başladığı yer: herhangi bir mesaj, anahtar kelimeler, WhatsApp'a tıklama reklamı ya da API çağrısı.",
    ),
    defaultData: () => ({ trigger: { kind: "any" }, label: "" }),
  },
  ports: () => [sharedPort("next", true)],
  traits: () => ({ waitsFor: "nothing", sendsFreeForm: false }),
  // The triggering message itself opens the 24-hour window.
  portTiming: () => ({ resetsWindow: true, delayMs: 0 }),

  validate(node) {
    const issues = new Issues();
    const { trigger } = node.data;
    if (trigger.kind === "keyword") {
      if (trigger.keywords.length === 0) {
        issues.error(
          "keywords_missing",
          "trigger.keywords",
          localized("Add at least one keyword.", "En az bir anahtar kelime ekleyin."),
        );
      }
      trigger.keywords.forEach((keyword, i) => {
        if (normalizeText(keyword) === "") {
          issues.error(
            "keyword_empty",
            `trigger.keywords.${i}`,
            localized(
              "A keyword needs at least one letter or digit.",
              "Anahtar kelimede en az bir harf ya da rakam olmalı.",
            ),
          );
        }
      });
    }
    if (trigger.kind === "ad") {
      trigger.adIds.forEach((id, i) => {
        if (id.trim() === "")
          issues.required(`trigger.adIds.${i}`, localized("The ad id", "Reklam kimliği"));
      });
    }
    return issues.list;
  },

  variables: (node) => node,

  enter: () => ({ kind: "port", port: "next" }),
});
