import { LIMITS } from "../../io";
import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { Issues } from "../shared/issues";
import { fitText } from "../shared/runtimeText";
import { visitTemplate } from "../shared/visitVariables";
import { endNodeSchema } from "./endSchema";

const MESSAGE = localized("The closing message", "Kapanış mesajı");

export const endNode = defineNode(endNodeSchema)({
  type: "end",
  meta: {
    group: "Logic",
    icon: "CircleStop",
    label: localized("End", "Bitir"),
    description: localized(
      "Optionally say goodbye, then end the conversation (or return to the calling flow).",
      "İsterseniz veda mesajı gönderin, ardından konuşmayı bitirin (ya da çağıran akışa dönün).",
    ),
    defaultData: () => ({ message: "" }),
  },
  ports: () => [],
  traits: (data) => ({ waitsFor: "nothing", sendsFreeForm: data.message.trim() !== "" }),

  validate: (node) =>
    new Issues().maxLength("message", node.data.message, LIMITS.textBody, MESSAGE).list,

  variables: (node, visit) => ({
    ...node,
    data: { ...node.data, message: visitTemplate(node.data.message, "message", visit) },
  }),

  enter(node, rt) {
    if (node.data.message.trim() !== "") {
      rt.send({ type: "text", text: fitText(rt, node.data.message, LIMITS.textBody, MESSAGE) });
    }
    return { kind: "end" };
  },
});
