import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort, titledPort } from "../shared/ports";
import { buttonsNodeSchema } from "./buttonsSchema";

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
});
