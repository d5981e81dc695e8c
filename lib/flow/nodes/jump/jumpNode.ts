import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { Issues } from "../shared/issues";
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

  validate(node, ctx) {
    const issues = new Issues();
    const { target } = node.data;
    if (target.kind === "node") {
      if (target.nodeId === "") {
        issues.required("target.nodeId", localized("The target node", "Hedef düğüm"));
      } else if (target.nodeId === node.id) {
        issues.error(
          "jump_to_self",
          "target.nodeId",
          localized("A jump cannot lead to itself.", "Bir atlama kendisine yönlenemez."),
        );
      } else if (!ctx.hasNode(target.nodeId)) {
        issues.error(
          "jump_target_missing",
          "target.nodeId",
          localized(`Node "${target.nodeId}" does not exist.`, `"${target.nodeId}" düğümü yok.`),
        );
      }
    } else if (target.flowId.trim() === "") {
      issues.required("target.flowId", localized("The flow to run", "Çalıştırılacak akış"));
    } else if (ctx.flowExists(target.flowId) === false) {
      issues.error(
        "subflow_missing",
        "target.flowId",
        localized(`Flow "${target.flowId}" does not exist.`, `"${target.flowId}" akışı yok.`),
      );
    }
    return issues.list;
  },

  variables: (node) => node,

  enter(node) {
    const { target } = node.data;
    if (target.kind === "node") return { kind: "goto", nodeId: target.nodeId };
    return {
      kind: "call",
      flowId: target.flowId,
      ...(target.startNodeId === "" ? {} : { startNodeId: target.startNodeId }),
    };
  },
});
