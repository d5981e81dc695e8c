import { LIMITS } from "../../io";
import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { Issues } from "../shared/issues";
import { sharedPort } from "../shared/ports";
import { fitText } from "../shared/runtimeText";
import { visitTemplate } from "../shared/visitVariables";
import { handoffNodeSchema } from "./handoffSchema";

const MESSAGE = localized("The handoff message", "Aktarım mesajı");

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

  validate: (node) =>
    new Issues().maxLength("message", node.data.message, LIMITS.textBody, MESSAGE).list,

  variables: (node, visit) => ({
    ...node,
    data: {
      ...node.data,
      message: visitTemplate(node.data.message, "message", visit),
      note: visitTemplate(node.data.note, "note", visit),
    },
  }),

  enter(node, rt) {
    const message =
      node.data.message.trim() === ""
        ? ""
        : fitText(rt, node.data.message, LIMITS.textBody, MESSAGE);
    if (message !== "") rt.send({ type: "text", text: message });
    const note = rt.text(node.data.note);
    rt.handoff({
      ...(message === "" ? {} : { message }),
      ...(node.data.team === "" ? {} : { team: node.data.team }),
      ...(note === "" ? {} : { note }),
    });
    return { kind: "wait_agent" };
  },

  onAgentResolved: () => ({ kind: "port", port: "resolved" }),
});
