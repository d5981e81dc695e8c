import { z } from "zod";
import type { Endpoint } from "./endpoint";
import { NO_BODY } from "./endpoint";

export interface ReferenceField {
  name: string;
  type: string;
  required: boolean;
  description?: string;
}

export interface ReferenceOperation {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  description?: string;
  tag: string;
  scope: "read" | "write";
  parameters: (ReferenceField & { in: "path" | "query" })[];
  body: { name: string; fields: ReferenceField[] } | null;
  responses: { status: number; description: string; schema?: string }[];
}

const propertySchema = z.looseObject({
  type: z.union([z.string(), z.array(z.string())]).optional(),
  description: z.string().optional(),
  $ref: z.string().optional(),
  enum: z.array(z.unknown()).optional(),
  format: z.string().optional(),
  items: z.looseObject({ type: z.string().optional(), $ref: z.string().optional() }).optional(),
  anyOf: z.array(z.unknown()).optional(),
  oneOf: z.array(z.unknown()).optional(),
});
const objectSchema = z.looseObject({
  properties: z.record(z.string(), propertySchema).optional(),
  required: z.array(z.string()).optional(),
});

function describeType(property: z.infer<typeof propertySchema>): string {
  if (property.enum) return property.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (property.$ref) return property.$ref.split("/").pop() ?? "object";
  if (property.type === "array")
    return `${property.items?.type ?? property.items?.$ref?.split("/").pop() ?? "object"}[]`;
  if (Array.isArray(property.type)) return property.type.join(" | ");
  if (property.format) return `${property.type ?? "string"} (${property.format})`;
  return property.type ?? (property.anyOf || property.oneOf ? "one of several shapes" : "object");
}

/** The top-level fields of a schema, for a human-readable reference table. */
function fieldsOf(schema: z.ZodType, io: "input" | "output"): ReferenceField[] {
  const json = objectSchema.safeParse(
    z.toJSONSchema(schema, { io, unrepresentable: "any", reused: "ref" }),
  );
  if (!json.success) return [];
  const required = new Set(json.data.required ?? []);
  return Object.entries(json.data.properties ?? {}).map(([name, property]) => ({
    name,
    type: describeType(property),
    required: required.has(name),
    ...(property.description ? { description: property.description } : {}),
  }));
}

/** What the API reference page shows, derived from the same endpoint definitions the server runs. */
export function referenceOf(endpoints: readonly Endpoint[]): ReferenceOperation[] {
  return endpoints.map((endpoint) => ({
    operationId: endpoint.operationId,
    method: endpoint.method,
    path: endpoint.path,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tag: endpoint.tag,
    scope: endpoint.scope,
    parameters: [
      ...fieldsOf(endpoint.params, "input").map((f) => ({
        ...f,
        required: true,
        in: "path" as const,
      })),
      ...fieldsOf(endpoint.query, "input").map((f) => ({ ...f, in: "query" as const })),
    ],
    body:
      endpoint.body.name === NO_BODY.name
        ? null
        : { name: endpoint.body.name, fields: fieldsOf(endpoint.body.schema, "input") },
    responses: endpoint.responses.map((r) => ({
      status: r.status,
      description: r.description,
      ...(r.body ? { schema: r.body.name } : {}),
    })),
  }));
}
