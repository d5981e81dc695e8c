import { z } from "zod";
import type { NodeDataOf, NodeType } from "@/lib/flow";

/** What every per-type form gets: the node's data and a way to replace it whole. */
export interface FormProps<K extends NodeType> {
  data: NodeDataOf<K>;
  onChange: (data: NodeDataOf<K>) => void;
}

/**
 * A new id in the style of lib/flow's default ids (`btn_1` → `btn_3`), unused in `taken`. Port ids
 * only need to be unique within their node.
 */
export function freshId(defaultId: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = defaultId.replace(/\d+$/, "");
  let n = 1;
  while (used.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

/** A new list item as lib/flow's schema makes it from nothing (its defaults, else empty values). */
export function freshItem<S extends z.ZodObject>(schema: S): z.output<S> {
  return schema.parse(
    Object.fromEntries(
      Object.entries(schema.shape).map(([key, field]) => [key, emptyField(field)]),
    ),
  );
}

function emptyField(field: z.ZodType): unknown {
  if (field instanceof z.ZodString) return "";
  if (field instanceof z.ZodArray) return [];
  if (field instanceof z.ZodEnum) return field.options[0];
  return undefined;
}
