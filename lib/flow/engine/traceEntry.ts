import type { JsonValue } from "../json";
import type { Localized } from "../localized";
import type { OutboundMessage, OutboundType } from "../io";
import type { EffectResult } from "./engineInput";
import type { Effect, SessionEndReason, TimerKind } from "./effects";

/**
 * What happened during one `advance`, in order. The simulator lists these and highlights the path
 * from `node_entered` / `edge_taken`; `flowId` tells sub-flow steps apart.
 */
export type TraceEntry =
  | {
      type: "session_started";
      sessionId: string;
      flowId: string;
      /** null when a "talk to a human" keyword opened the session straight into handoff. */
      startNodeId: string | null;
      via: "trigger" | "api" | "restart" | "keyword";
    }
  | { type: "session_ended"; sessionId: string; reason: SessionEndReason }
  | { type: "node_entered"; flowId: string; nodeId: string; nodeType: string; step: number }
  | {
      type: "edge_taken";
      flowId: string;
      edgeId: string;
      source: string;
      sourceHandle: string;
      target: string;
    }
  | { type: "jump"; flowId: string; nodeId: string; toFlowId: string; toNodeId: string }
  | { type: "subflow_returned"; fromFlowId: string; toFlowId: string; toNodeId: string }
  | { type: "dead_end"; flowId: string; nodeId: string; port: string }
  | { type: "input_accepted"; flowId: string; nodeId: string; port?: string }
  | {
      type: "input_rejected";
      flowId?: string;
      nodeId?: string;
      reason: string;
      message: Localized;
    }
  | { type: "variable_set"; name: string; value: JsonValue }
  | { type: "variable_unset"; name: string }
  | {
      type: "message_dropped";
      nodeId?: string;
      messageType: OutboundType;
      reason: "window_closed";
      /** What would have been sent, so the simulator can show what WhatsApp refuses. */
      message: OutboundMessage;
    }
  | { type: "effect_requested"; effectId?: string; effect: Effect["type"]; nodeId?: string }
  | { type: "effect_result"; effectId: string; status: EffectResult["status"]; accepted: boolean }
  | { type: "timer_scheduled"; timerId: string; kind: TimerKind; fireAt: number }
  | { type: "timer_fired"; timerId: string; kind: TimerKind }
  | { type: "timer_ignored"; timerId: string; reason: "stale" | "no_session" }
  | { type: "window_closed"; outcome: "fallback"; flowId: string; nodeId: string }
  | {
      type: "window_closed";
      outcome: "ignored";
      reason: "no_session" | "no_fallback" | "fallback_invalid" | "already_at_fallback" | "handoff";
      message: Localized;
    }
  | { type: "global_keyword"; action: "restart" | "human" | "stop"; keyword: string }
  | { type: "no_trigger_match" }
  | { type: "budget_exhausted"; steps: number; nodeId: string; message: Localized }
  | { type: "warning"; code: string; message: Localized; nodeId?: string; flowId?: string }
  | { type: "error"; code: string; message: Localized; nodeId?: string; flowId?: string };
