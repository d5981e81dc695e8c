"use client";

import {
  AlertTriangle,
  ArrowRight,
  Ban,
  Check,
  CircleDot,
  Clock,
  Flag,
  Globe,
  KeyRound,
  Play,
  Square,
  Variable,
  X,
} from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { TraceEntry } from "@/lib/flow";
import { isPrivateAddressRefusal } from "@/lib/runtime/effects/private-http-policy";
import type { EffectItem } from "@/lib/simulator/simulator-state";

export interface TraceLineProps {
  entry: TraceEntry;
  /** How the canvas names a node ("Ask e-mail"), or null when it is not in this flow. */
  nodeLabel(nodeId: string): string | null;
  effect?: EffectItem;
  onSelectNode?(nodeId: string): void;
}

type Tone = "plain" | "good" | "bad" | "warn" | "muted";

function json(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** One line of the engine's trace, worded for a marketer, with the node it is about. */
export function TraceLine({ entry, nodeLabel, effect, onSelectNode }: TraceLineProps) {
  const t = useTranslations("simulator.trace");
  const reasons = useTranslations("simulator.endReasons");
  const locale = useLocale() === "tr" ? "tr" : "en";
  const format = useFormatter();
  const node = (nodeId: string | undefined | null): ReactNode => {
    if (!nodeId) return null;
    const label = nodeLabel(nodeId) ?? nodeId;
    return onSelectNode ? (
      <button
        type="button"
        className="text-primary font-medium underline-offset-2 hover:underline"
        onClick={() => onSelectNode(nodeId)}
      >
        {label}
      </button>
    ) : (
      <span className="font-medium">{label}</span>
    );
  };

  let icon: ReactNode = <CircleDot />;
  let tone: Tone = "plain";
  let text: ReactNode;
  switch (entry.type) {
    case "session_started":
      icon = <Play />;
      text = t.rich("sessionStarted", {
        via: t(`via.${entry.via}`),
        node: () => node(entry.startNodeId),
      });
      break;
    case "session_ended":
      icon = <Square />;
      tone = "muted";
      text = t("sessionEnded", { reason: reasons(entry.reason) });
      break;
    case "node_entered":
      icon = <ArrowRight />;
      text = t.rich("nodeEntered", { node: () => node(entry.nodeId) });
      break;
    case "edge_taken":
      return null;
    case "jump":
      icon = <ArrowRight />;
      text = t.rich("jump", { node: () => node(entry.nodeId), flow: entry.toFlowId });
      break;
    case "subflow_returned":
      icon = <ArrowRight />;
      text = t("subflowReturned", { flow: entry.fromFlowId });
      break;
    case "dead_end":
      icon = <Flag />;
      tone = "warn";
      text = t.rich("deadEnd", { node: () => node(entry.nodeId), port: entry.port });
      break;
    case "input_accepted":
      icon = <Check />;
      tone = "good";
      text = entry.port
        ? t.rich("inputAcceptedPort", { node: () => node(entry.nodeId), port: entry.port })
        : t.rich("inputAccepted", { node: () => node(entry.nodeId) });
      break;
    case "input_rejected":
      icon = <X />;
      tone = "bad";
      text = t.rich("inputRejected", {
        node: () => node(entry.nodeId),
        reason: entry.message[locale],
      });
      break;
    case "variable_set":
      icon = <Variable />;
      text = (
        <>
          <code className="font-mono">{entry.name}</code> ={" "}
          <code className="font-mono break-all">{json(entry.value)}</code>
        </>
      );
      break;
    case "variable_unset":
      icon = <Variable />;
      tone = "muted";
      text = t("variableUnset", { name: entry.name });
      break;
    case "message_dropped":
      icon = <Ban />;
      tone = "warn";
      text = t.rich("messageDropped", { node: () => node(entry.nodeId), type: entry.messageType });
      break;
    case "effect_requested":
      icon = <Globe />;
      text = effect
        ? t("effectRequestedDetail", { summary: effect.summary })
        : t("effectRequested", { effect: entry.effect });
      if (entry.effect === "schedule_timer" || entry.effect === "cancel_timer") return null;
      break;
    case "effect_result": {
      icon = <Globe />;
      const result = effect?.result;
      tone = entry.status === "success" ? "good" : "bad";
      const http =
        result && "httpStatus" in result && result.httpStatus ? ` (HTTP ${result.httpStatus})` : "";
      const message = result?.status === "error" && result.message ? `: ${result.message}` : "";
      // The marketer needs to know where this is switched on, not just that it was refused.
      const hint =
        result?.status === "error" && result.message && isPrivateAddressRefusal(result.message)
          ? `. ${t("privateAddressHint")}`
          : "";
      text = `${t(`effectResult.${entry.status}`)}${http}${message}${hint}`;
      break;
    }
    case "timer_scheduled":
      icon = <Clock />;
      tone = "muted";
      text = t("timerScheduled", {
        kind: t(`timer.${entry.kind}`),
        at: format.dateTime(entry.fireAt, { dateStyle: "short", timeStyle: "short" }),
      });
      break;
    case "timer_fired":
      icon = <Clock />;
      text = t("timerFired", { kind: t(`timer.${entry.kind}`) });
      break;
    case "timer_ignored":
      icon = <Clock />;
      tone = "muted";
      text = t("timerIgnored");
      break;
    case "global_keyword":
      icon = <KeyRound />;
      text = t("globalKeyword", { keyword: entry.keyword, action: t(`keyword.${entry.action}`) });
      break;
    case "no_trigger_match":
      icon = <Ban />;
      tone = "warn";
      text = t("noTriggerMatch");
      break;
    case "window_closed":
      icon = <Clock />;
      tone = "warn";
      if (entry.outcome === "fallback") {
        const nodeId = entry.nodeId;
        text = t.rich("windowClosedFallback", { node: () => node(nodeId) });
      } else {
        text = entry.message[locale];
      }
      break;
    case "budget_exhausted":
      icon = <AlertTriangle />;
      tone = "bad";
      text = t.rich("problem", { node: () => node(entry.nodeId), message: entry.message[locale] });
      break;
    case "warning":
    case "error":
      icon = <AlertTriangle />;
      tone = entry.type === "error" ? "bad" : "warn";
      text = entry.nodeId
        ? t.rich("problem", { node: () => node(entry.nodeId), message: entry.message[locale] })
        : entry.message[locale];
      break;
  }
  return (
    <li
      className={cn(
        "flex items-start gap-2 py-1 text-xs leading-5 [&>svg]:mt-0.5 [&>svg]:size-3.5 [&>svg]:shrink-0",
        tone === "good" && "[&>svg]:text-success",
        tone === "bad" && "text-destructive",
        tone === "warn" && "[&>svg]:text-warning",
        tone === "muted" && "text-muted-foreground",
      )}
      data-testid="trace-line"
      data-type={entry.type}
    >
      {icon}
      <span className="min-w-0 break-words">{text}</span>
    </li>
  );
}
