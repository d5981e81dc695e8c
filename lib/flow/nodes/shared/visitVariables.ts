import { replaceTemplateRoots } from "../../template/interpolate";
import type { VariableVisitor } from "../nodeDefinition";

/** Every `{{reference}}` in a template field is a read. */
export function visitTemplate(text: string, field: string, visit: VariableVisitor): string {
  return replaceTemplateRoots(text, (root) => visit({ name: root, field, access: "read" }));
}

/** A field that names a variable directly (`order.status` reads the root `order`). */
export function visitName(
  name: string,
  field: string,
  access: "read" | "write",
  visit: VariableVisitor,
): string {
  if (name.trim() === "") return name;
  const dot = name.indexOf(".");
  const root = dot < 0 ? name : name.slice(0, dot);
  const renamed = visit({ name: root, field, access });
  return renamed === root ? name : renamed + name.slice(root.length);
}
