import type { Localized } from "../localized";

export interface Problem {
  /** Stable across runs for the same problem at the same place, so the canvas can key and dismiss it. */
  id: string;
  severity: "error" | "warning";
  nodeId?: string;
  edgeId?: string;
  /** Output port the problem is about (unconnected, unknown, connected twice). */
  port?: string;
  /** Path inside the node's data (e.g. `buttons.3.title`), or `settings.…` / `variables.…` for flow-level fields. */
  field?: string;
  code: string;
  message: Localized;
}

/** `key` tells apart problems of one code at one place (two undefined variables in one text). */
export function problem(fields: Omit<Problem, "id">, key?: string): Problem {
  const parts = [
    fields.code,
    fields.nodeId ?? "",
    fields.edgeId ?? "",
    fields.port ?? "",
    fields.field ?? "",
  ];
  if (key !== undefined) parts.push(key);
  return { id: parts.join(":"), ...fields };
}
