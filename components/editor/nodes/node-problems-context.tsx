"use client";

import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import type { Problem } from "@/lib/flow";
import { NodeProblemsStore } from "./node-problems-store";

interface NodeCardsContext {
  store: NodeProblemsStore;
  readOnly: boolean;
}

const fallback: NodeCardsContext = { store: new NodeProblemsStore(), readOnly: false };
const Context = createContext<NodeCardsContext>(fallback);

/** What the node cards need besides their node: validation problems and whether editing is off. */
export function NodeProblemsProvider({
  problems,
  readOnly,
  children,
}: {
  problems: readonly Problem[];
  readOnly: boolean;
  children: ReactNode;
}) {
  const [store] = useState(() => {
    const created = new NodeProblemsStore();
    created.set(problems);
    return created;
  });
  // Layout effect: badges update in the same frame as the edit that caused them.
  useLayoutEffect(() => store.set(problems), [store, problems]);
  const [value, setValue] = useState<NodeCardsContext>({ store, readOnly });
  if (value.readOnly !== readOnly) setValue({ store, readOnly });
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The node's validation problems; re-renders only when they change. */
export function useNodeProblems(nodeId: string): readonly Problem[] {
  const { store } = useContext(Context);
  const get = useCallback(() => store.get(nodeId), [store, nodeId]);
  return useSyncExternalStore(store.subscribe, get, get);
}

export function useNodesReadOnly(): boolean {
  return useContext(Context).readOnly;
}
