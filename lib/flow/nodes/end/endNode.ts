import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { endNodeSchema } from "./endSchema";

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
});
