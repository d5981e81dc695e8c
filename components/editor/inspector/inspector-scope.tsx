"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Flow, Locale, Problem } from "@/lib/flow";

export interface InspectorScopeValue {
  flow: Flow;
  nodeId: string;
  /** The node's validation problems, as validateFlow reported them. */
  problems: readonly Problem[];
  locale: Locale;
  /** Names the variable picker offers: declared and written variables, then `contact.<field>`. */
  variables: readonly string[];
  contactReferences: readonly string[];
}

const Scope = createContext<InspectorScopeValue | null>(null);

export function InspectorScope({
  value,
  children,
}: {
  value: InspectorScopeValue;
  children: ReactNode;
}) {
  return <Scope.Provider value={value}>{children}</Scope.Provider>;
}

export function useInspectorScope(): InspectorScopeValue {
  const scope = useContext(Scope);
  if (!scope) throw new Error("inspector fields render inside <InspectorScope>");
  return scope;
}

/** Problems whose `field` is exactly `path` (e.g. `buttons.2.title`). */
export function useFieldProblems(path: string): readonly Problem[] {
  const { problems } = useInspectorScope();
  return useMemo(() => problems.filter((p) => p.field === path), [problems, path]);
}
