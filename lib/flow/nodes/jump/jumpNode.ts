import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort } from "../shared/ports";
import { jumpNodeSchema } from "./jumpSchema";

export const jumpNode = defineNode(jumpNodeSchema)({
  type: "jump",
  meta: {
    group: "Logic",
    icon: "CornerDownRight",
    label: localized("Jump", "Atla"),
    description: localized(
      "Go to another node, or run another flow and come back when it ends.",
      "Başka bir düğüme gidin ya da başka bir akışı çalıştırıp bittiğinde geri dönün.",
    ),
    defaultData: () => ({ target: { kind: "node", nodeId: "" } }),
  },
  ports: (data) =>
    data.target.kind === "flow" ? [sharedPort("next", false), sharedPort("error", false)] : [],
  traits: () => ({ waitsFor: "nothing", sendsFreeForm: false }),
  jumpTargets: (data) =>
    data.target.kind === "node" && data.target.nodeId !== "" ? [data.target.nodeId] : [],
});
