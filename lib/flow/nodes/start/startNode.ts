import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
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
});
