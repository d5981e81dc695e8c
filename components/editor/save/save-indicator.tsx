"use client";

import { AlertTriangle, Check, CloudOff, Loader2, RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { hasUnsavedChanges } from "../store/editor-store";
import { useEditor } from "../store/editor-store-context";

type Shown = "saved" | "saving" | "retrying" | "conflict" | "error";

/** Saving… / Saved / Retrying / Conflict, as one quiet line in the header. */
export function SaveIndicator() {
  const t = useTranslations("editor.save");
  const shown = useEditor((state): Shown => {
    if (state.saveStatus === "conflict" || state.saveStatus === "retrying") return state.saveStatus;
    if (state.saveStatus === "error") return "error";
    return state.saveStatus === "saving" || hasUnsavedChanges(state) ? "saving" : "saved";
  });
  const icon = {
    saved: <Check className="text-success size-3.5" />,
    saving: <Loader2 className="size-3.5 animate-spin" />,
    retrying: <RefreshCw className="text-warning size-3.5 animate-spin [animation-duration:2s]" />,
    conflict: <AlertTriangle className="text-destructive size-3.5" />,
    error: <CloudOff className="text-destructive size-3.5" />,
  }[shown];
  return (
    <span
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-status={shown}
      className={cn(
        "text-muted-foreground inline-flex items-center gap-1.5 text-xs whitespace-nowrap",
        (shown === "conflict" || shown === "error") && "text-destructive",
      )}
    >
      {icon}
      {t(shown)}
    </span>
  );
}
