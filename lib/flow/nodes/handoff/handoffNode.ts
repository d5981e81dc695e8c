import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort } from "../shared/ports";
import { handoffNodeSchema } from "./handoffSchema";

export const handoffNode = defineNode(handoffNodeSchema)({
  type: "handoff",
  meta: {
    group: "Actions",
    icon: "Headset",
    label: localized("Human handoff", "Temsilciye aktar"),
    description: localized(
      "Hand the conversation to a human team; the bot stays silent until an agent resolves it.",
      "Konuşmayı bir ekibe aktarın; bir temsilci çözene kadar bot sessiz kalır.",
    ),
    defaultData: () => ({ message: "", team: "", note: "" }),
  },
  ports: () => [sharedPort("resolved", false)],
  traits: (data) => ({ waitsFor: "agent", sendsFreeForm: data.message.trim() !== "" }),
  portTiming: () => ({ resetsWindow: true, delayMs: 0 }),
});
