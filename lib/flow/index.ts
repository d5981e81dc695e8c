/**
 * Public API of lib/flow. Other modules import only from here.
 */
export * from "./io";
export { FLOW_VERSION } from "./version";
export type { Locale, Localized } from "./localized";
export type { JsonValue } from "./json";
export { jsonValueSchema } from "./json";

export {
  flowSchema,
  flowNodeSchema,
  type Flow,
  type FlowInput,
  type FlowNode,
} from "./schema/flowSchema";
export { flowEdgeSchema, type FlowEdge } from "./schema/flowEdgeSchema";
export { flowVariableSchema, type FlowVariable } from "./schema/flowVariableSchema";
export { flowSettingsSchema, type FlowSettings } from "./schema/flowSettingsSchema";
export { positionSchema, type Position } from "./schema/positionSchema";
export { parseFlow, type ParseFlowResult } from "./migrations/parseFlow";
export type { FlowMigration, MigrationIssue } from "./migrations/flowMigration";
export { createEmptyFlow, createNode } from "./createEmptyFlow";

export {
  nodeRegistry,
  nodeTypes,
  getNodeDefinition,
  isNodeType,
  type NodeType,
  type NodeOf,
  type NodeDataOf,
  type NodeDefinitionOf,
} from "./nodes/registry";
export { NODE_GROUPS } from "./nodes/nodeDefinition";
export type {
  NodeDefinition,
  NodeMeta,
  NodeGroup,
  PortSpec,
  NodeTraits,
  NodeIssue,
} from "./nodes/nodeDefinition";

export type { StartData, StartNode, Trigger } from "./nodes/start/startSchema";
export type { MessageData, MessageNode } from "./nodes/message/messageSchema";
export type { ButtonsData, ButtonsNode } from "./nodes/buttons/buttonsSchema";
export type { ListData, ListNode } from "./nodes/list/listSchema";
export type {
  QuestionData,
  QuestionNode,
  Answer,
  AnswerType,
} from "./nodes/question/questionSchema";
export type {
  ConditionData,
  ConditionNode,
  ConditionBranch,
  ConditionRule,
  ConditionOperator,
  ConditionSubject,
} from "./nodes/condition/conditionSchema";
export type {
  SetVariableData,
  SetVariableNode,
  Assignment,
  AssignmentValue,
} from "./nodes/set_variable/setVariableSchema";
export type { HttpRequestData, HttpRequestNode } from "./nodes/http_request/httpRequestSchema";
export type { DiscountCodeData, DiscountCodeNode } from "./nodes/discount_code/discountCodeSchema";
export type { DelayData, DelayNode } from "./nodes/delay/delaySchema";
export type { TemplateData, TemplateNode, TemplateButton } from "./nodes/template/templateSchema";
export type {
  LocationRequestData,
  LocationRequestNode,
} from "./nodes/location_request/locationRequestSchema";
export type { CtaUrlData, CtaUrlNode } from "./nodes/cta_url/ctaUrlSchema";
export type {
  ContactUpdateData,
  ContactUpdateNode,
} from "./nodes/contact_update/contactUpdateSchema";
export type { HandoffData, HandoffNode } from "./nodes/handoff/handoffSchema";
export type { JumpData, JumpNode } from "./nodes/jump/jumpSchema";
export type { EndData, EndNode } from "./nodes/end/endSchema";

// Ports and graph helpers the canvas and runtime share.
export { outputPorts, portLabel, nodeTraits } from "./nodes/dispatch";
export { indexFlow, type FlowIndex } from "./graph/flowIndex";
export { outgoingEdge } from "./graph/outgoingEdge";
export { successors, type Successor } from "./graph/successors";
export { reachableFrom } from "./graph/reachableFrom";
export { startNodes } from "./graph/startNodes";
export { reconcilePortEdges } from "./graph/reconcilePortEdges";
export {
  connectionRefusal,
  type ConnectionRequest,
  type ConnectionRefusal,
  type ConnectionRefusalCode,
} from "./graph/connectionRefusal";

// Validation.
export { validateFlow, type ValidateOptions } from "./validate/validateFlow";
export type { Problem } from "./validate/problem";
export { triggerClaims, type TriggerClaim } from "./validate/triggerClaims";

// Variables and templates.
export {
  interpolate,
  templateTokens,
  isValidVariableName,
  valueToText,
  type TemplateToken,
} from "./template/interpolate";
export {
  findVariableReferences,
  definedVariables,
  renameVariable,
  type VariableReference,
} from "./variables/variableReferences";
export { normalizeText, matchesKeyword } from "./text/normalizeText";

// The engine.
export { advance } from "./engine/advance";
export type { AdvanceResult } from "./engine/engineRun";
export {
  engineInputSchema,
  effectResultSchema,
  type EngineInput,
  type EffectResult,
} from "./engine/engineInput";
export { DEFAULT_MAX_STEPS, DEFAULT_FLOW_ID, type EngineContext } from "./engine/engineContext";
export { contactSnapshotSchema, type ContactSnapshot } from "./engine/contactSnapshot";
export {
  effectSchema,
  MAX_HTTP_TIMEOUT_MS,
  type Effect,
  type AwaitedEffect,
  type HttpRequestEffect,
  type DiscountCodeEffect,
  type ScheduleTimerEffect,
  type ContactUpdateEffect,
  type HandoffEffect,
  type ContactPatch,
  type TimerKind,
  type SessionEndReason,
  type HttpMethod,
} from "./engine/effects";
export {
  sessionSchema,
  SESSION_VERSION,
  parseSession,
  type Session,
  type SessionWait,
  type ParseSessionResult,
} from "./engine/session";
export type { TraceEntry } from "./engine/traceEntry";
export {
  matchTrigger,
  compareTriggerMatches,
  TRIGGER_SPECIFICITY,
  type TriggerMatch,
  type TriggerMatchKind,
} from "./engine/matchTrigger";
export { matchGlobalKeyword, type GlobalKeywordAction } from "./engine/globalKeywords";
export { createSeededRandom } from "./random/seededRandom";
