"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import type { Flow } from "@/lib/flow";
import { createEditorStore, type EditorState, type EditorStore } from "./editor-store";

const EditorStoreContext = createContext<EditorStore | null>(null);

export function EditorStoreProvider({
  flow,
  revision,
  children,
}: {
  flow: Flow;
  revision: number;
  children: ReactNode;
}) {
  // One store per mounted editor; props only seed it.
  const [store] = useState(() => createEditorStore({ flow, revision }));
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

/** The store itself, for event handlers that read the latest state without subscribing. */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (store === null) throw new Error("useEditorStore outside EditorStoreProvider");
  return store;
}

/** Subscribes to one narrow slice of the editor state; keep selectors small and stable. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}
