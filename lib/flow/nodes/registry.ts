import type { z } from "zod";
import type { NodeDefinition } from "./nodeDefinition";
import { buttonsNode } from "./buttons/buttonsNode";
import { conditionNode } from "./condition/conditionNode";
import { contactUpdateNode } from "./contact_update/contactUpdateNode";
import { ctaUrlNode } from "./cta_url/ctaUrlNode";
import { delayNode } from "./delay/delayNode";
import { discountCodeNode } from "./discount_code/discountCodeNode";
import { endNode } from "./end/endNode";
import { handoffNode } from "./handoff/handoffNode";
import { httpRequestNode } from "./http_request/httpRequestNode";
import { jumpNode } from "./jump/jumpNode";
import { listNode } from "./list/listNode";
import { locationRequestNode } from "./location_request/locationRequestNode";
import { messageNode } from "./message/messageNode";
import { questionNode } from "./question/questionNode";
import { setVariableNode } from "./set_variable/setVariableNode";
import { startNode } from "./start/startNode";
import { templateNode } from "./template/templateNode";

/**
 * THE list of node types: the flow schema, the canvas palette, validation and the engine all derive
 * from it. Adding a type = one folder under nodes/ and one line here. Order = palette order.
 */
const definitions = {
  start: startNode,
  message: messageNode,
  buttons: buttonsNode,
  list: listNode,
  question: questionNode,
  location_request: locationRequestNode,
  template: templateNode,
  cta_url: ctaUrlNode,
  condition: conditionNode,
  set_variable: setVariableNode,
  delay: delayNode,
  jump: jumpNode,
  http_request: httpRequestNode,
  contact_update: contactUpdateNode,
  handoff: handoffNode,
  discount_code: discountCodeNode,
  end: endNode,
};

type Definitions = typeof definitions;
export type NodeType = keyof Definitions;
export type NodeSchemaOf<K extends NodeType> = Definitions[K]["schema"];
export type NodeOf<K extends NodeType> = z.output<NodeSchemaOf<K>>;
export type NodeDataOf<K extends NodeType> = NodeOf<K>["data"];
export type NodeDefinitionOf<K extends NodeType> = NodeDefinition<NodeSchemaOf<K>>;

/**
 * Typed as a mapped type so that `nodeRegistry[type]` with a generic `type` stays correlated with
 * `NodeOf<type>` — that is what lets dispatch call a definition without casts.
 */
export const nodeRegistry: { readonly [K in NodeType]: NodeDefinitionOf<K> } = definitions;

export function isNodeType(value: string): value is NodeType {
  return Object.hasOwn(definitions, value);
}

export const nodeTypes: readonly NodeType[] = Object.keys(definitions).filter(isNodeType);

export function getNodeDefinition<K extends NodeType>(type: K): NodeDefinitionOf<K> {
  return nodeRegistry[type];
}
