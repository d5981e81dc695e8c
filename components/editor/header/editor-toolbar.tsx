"use client";

import { Download, LayoutDashboard, Redo2, Undo2, Upload } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRef, type ChangeEvent, type ReactNode } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Tooltip } from "@/components/ui/tooltip";
import type { EditorCommands } from "../canvas/use-editor-commands";
import { useEditor, useEditorStore } from "../store/editor-store-context";
import { exportFileName, exportFlowJson, importFlowJson } from "./flow-file";

function ToolButton({
  label,
  shortcut,
  children,
  ...props
}: {
  label: string;
  shortcut?: string;
  children: ReactNode;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <Tooltip
      side="bottom"
      content={
        <span className="flex gap-2">
          {label}
          {shortcut ? <span className="opacity-60">{shortcut}</span> : null}
        </span>
      }
    >
      <Button variant="ghost" size="icon-sm" aria-label={label} {...props}>
        {children}
      </Button>
    </Tooltip>
  );
}

/** Undo/redo, tidy up, and the flow file (export always; import only for editors). */
export function EditorToolbar({
  flowName,
  readOnly,
  commands,
}: {
  flowName: string;
  readOnly: boolean;
  commands: EditorCommands;
}) {
  const t = useTranslations("editor.toolbar");
  const locale = useLocale() === "tr" ? "tr" : "en";
  const store = useEditorStore();
  const canUndo = useEditor((state) => state.past.length > 0);
  const canRedo = useEditor((state) => state.future.length > 0);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    const blob = new Blob([exportFlowJson(store.getState().flow)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = exportFileName(flowName);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file === undefined) return;
    const result = importFlowJson(await file.text());
    if (!result.ok) {
      toast.error(t("importFailed"), {
        description: result.path ? `${result.path}: ${result.message}` : result.message,
      });
      return;
    }
    // Undoable like any other change, in case the wrong file was picked.
    store.getState().replaceFlow(result.flow);
    const errors = result.problems.filter((p) => p.severity === "error").length;
    if (result.problems.length > 0) {
      store.getState().setSidebarTab("problems");
      toast.warning(t("importedWithProblems", { count: result.problems.length, errors }), {
        description: result.problems[0]?.message[locale],
      });
    } else {
      toast.success(t("imported"));
    }
  };

  return (
    <div className="flex items-center gap-0.5">
      {readOnly ? null : (
        <>
          <ToolButton
            label={t("undo")}
            shortcut="Ctrl Z"
            onClick={() => store.getState().undo()}
            disabled={!canUndo}
          >
            <Undo2 />
          </ToolButton>
          <ToolButton
            label={t("redo")}
            shortcut="Ctrl ⇧ Z"
            onClick={() => store.getState().redo()}
            disabled={!canRedo}
          >
            <Redo2 />
          </ToolButton>
          <ToolButton label={t("autoLayout")} onClick={() => void commands.autoLayout()}>
            <LayoutDashboard />
          </ToolButton>
          <span className="bg-border mx-1 h-5 w-px" aria-hidden />
          <ToolButton label={t("import")} onClick={() => fileInput.current?.click()}>
            <Upload />
          </ToolButton>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="hidden"
            data-testid="import-flow-input"
            onChange={(event) => void importFile(event)}
          />
        </>
      )}
      <ToolButton label={t("export")} onClick={exportFile}>
        <Download />
      </ToolButton>
    </div>
  );
}
