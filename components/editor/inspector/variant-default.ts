import { z } from "zod";

/** The emptiest value a schema accepts before defaults: "", 0, false, [], the first enum option. */
function emptyValue(schema: z.ZodType): unknown {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault) return undefined;
  if (schema instanceof z.ZodOptional) return undefined;
  if (schema instanceof z.ZodObject) return emptyObject(schema);
  if (schema instanceof z.ZodString) return "";
  if (schema instanceof z.ZodNumber) return 0;
  if (schema instanceof z.ZodBoolean) return false;
  if (schema instanceof z.ZodArray) return [];
  if (schema instanceof z.ZodLiteral) return schema.value;
  if (schema instanceof z.ZodEnum) return schema.options[0];
  if (schema instanceof z.ZodUnion) {
    const first: unknown = schema.options[0];
    return first instanceof z.ZodType ? emptyValue(first) : undefined;
  }
  return undefined;
}

function emptyObject(schema: z.ZodObject): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, emptyValue(field)]),
  );
}

/**
 * A fresh value of one variant of a lib/flow discriminated union (an answer type, a trigger kind…),
 * with lib/flow's own defaults filled in: switching a select never invents field values here.
 */
export function variantDefault<S extends z.ZodType>(
  union: S,
  options: readonly z.ZodObject[],
  key: string,
  value: string,
): z.output<S> {
  const option = options.find((o) => {
    const field: unknown = o.shape[key];
    return field instanceof z.ZodLiteral && field.value === value;
  });
  return union.parse({ ...(option ? emptyObject(option) : {}), [key]: value });
}
