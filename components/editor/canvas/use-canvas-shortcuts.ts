"use client";

import { useEffect } from "react";
import { useEditorStore } from "../store/editor-store-context";
import type { EditorCommands } from "./use-editor-commands";

const NUDGE = 10;
const NUDGE_LARGE = 50;
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Typing in a field, a menu or a dialog keeps the browser's own keys (its own undo, copy…). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return (
    target.closest("input, textarea, select, [role=dialog], [role=menu], [role=listbox]") !== null
  );
}

/**
 * Editor keys: undo/redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y), delete, duplicate (Ctrl/Cmd+D),
 * select all, arrow-key nudge (Shift for larger steps), Escape, and copy/cut/paste through the
 * system clipboard events, which need no permission prompt.
 */
export function useCanvasShortcuts(commands: EditorCommands, readOnly: boolean) {
  const store = useEditorStore();

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const mod = event.metaKey || event.ctrlKey;
      const key = event.key.toLowerCase();
      const state = store.getState();
      if (key === "escape") {
        state.select([]);
        return;
      }
      if (mod && key === "a") {
        event.preventDefault();
        commands.selectAll();
        return;
      }
      if (readOnly) return;
      if (mod && key === "z") {
        event.preventDefault();
        if (event.shiftKey) state.redo();
        else state.undo();
      } else if (mod && key === "y") {
        event.preventDefault();
        state.redo();
      } else if (mod && key === "d") {
        event.preventDefault();
        commands.duplicateSelection();
      } else if (!mod && (event.key === "Delete" || event.key === "Backspace")) {
        event.preventDefault();
        commands.deleteSelection();
      } else if (!mod && event.key in ARROWS && state.selectedNodeIds.size > 0) {
        const [dx, dy] = ARROWS[event.key] ?? [0, 0];
        const step = event.shiftKey ? NUDGE_LARGE : NUDGE;
        event.preventDefault();
        state.nudgeSelection(dx * step, dy * step);
      }
    }
    function onCopy(event: ClipboardEvent) {
      if (isTyping(event.target) || event.clipboardData === null) return;
      const fragment = commands.copySelection();
      if (fragment === null) return;
      event.clipboardData.setData("text/plain", JSON.stringify(fragment));
      event.preventDefault();
    }
    function onCut(event: ClipboardEvent) {
      if (readOnly) return;
      onCopy(event);
      if (event.defaultPrevented) commands.deleteSelection();
    }
    function onPaste(event: ClipboardEvent) {
      if (readOnly || isTyping(event.target)) return;
      const text = event.clipboardData?.getData("text/plain") ?? "";
      if (commands.pasteText(text)) event.preventDefault();
    }
    window.addEventListener("keydown", onKeyDown);
    document.addEventListener("copy", onCopy);
    document.addEventListener("cut", onCut);
    document.addEventListener("paste", onPaste);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("copy", onCopy);
      document.removeEventListener("cut", onCut);
      document.removeEventListener("paste", onPaste);
    };
  }, [store, commands, readOnly]);
}
