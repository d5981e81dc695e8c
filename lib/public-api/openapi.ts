import { z } from "zod";
import type { Endpoint, NamedSchema } from "./endpoint";
import { NO_BODY } from "./endpoint";
import { errorBody, sharedSchemas } from "./schemas";

type JsonObject = { [key: string]: unknown };

interface Registries {
  input: z.core.$ZodRegistry<{ id: string }>;
  output: z.core.$ZodRegistry<{ id: string }>;
}

function register(registries: Registries, kind: keyof Registries, named: NamedSchema): string {
  const id = kind === "input" ? `${named.name}Input` : named.name;
  const registry = registries[kind];
  if (!registry.has(named.schema)) registry.add(named.schema, { id });
  return id;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function componentSchemas(
  registry: z.core.$ZodRegistry<{ id: string }>,
  io: "input" | "output",
): JsonObject {
  const { schemas } = z.toJSONSchema(registry, {
    io,
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  const out: JsonObject = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // Components are embedded in one document: drop each schema's own $schema / $id.
    const { $schema: _schema, $id: _id, ...rest } = schema;
    out[id] = rest;
  }
  return out;
}

function parameters(endpoint: Endpoint): JsonObject[] {
  const list: JsonObject[] = [];
  for (const [location, schema] of [
    ["path", endpoint.params],
    ["query", endpoint.query],
  ] as const) {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    const properties =
      typeof json.properties === "object" && json.properties ? json.properties : {};
    const required = new Set(Array.isArray(json.required) ? json.required : []);
    for (const [name, property] of Object.entries(properties)) {
      const description =
        typeof property === "object" && property && "description" in property
          ? property.description
          : undefined;
      list.push({
        name,
        in: location,
        required: location === "path" || required.has(name),
        ...(description ? { description } : {}),
        schema: property,
      });
    }
  }
  return list;
}

/** The OpenAPI 3.1 document of the public API, generated from the endpoints' own zod schemas. */
export function buildOpenApiDocument(
  endpoints: readonly Endpoint[],
  serverUrl: string,
): JsonObject {
  const registries: Registries = {
    input: z.registry<{ id: string }>(),
    output: z.registry<{ id: string }>(),
  };
  for (const shared of sharedSchemas) {
    register(registries, "output", shared);
    register(registries, "input", shared);
  }
  const errorId = register(registries, "output", errorBody);
  const paths: Record<string, JsonObject> = {};
  for (const endpoint of endpoints) {
    const responses: JsonObject = {};
    for (const response of endpoint.responses) {
      responses[String(response.status)] = {
        description: response.description,
        ...(response.body
          ? {
              content: {
                "application/json": { schema: ref(register(registries, "output", response.body)) },
              },
            }
          : {}),
      };
    }
    const common: [number, string][] = [
      [401, "Missing, unknown or revoked API key."],
      [429, "Rate limit reached; retry after `Retry-After` seconds."],
      ...(endpoint.scope === "write"
        ? [[403, "The API key is read-only."] satisfies [number, string]]
        : []),
    ];
    for (const [status, description] of common) {
      responses[String(status)] ??= {
        description,
        content: { "application/json": { schema: ref(errorId) } },
      };
    }
    paths[endpoint.path] ??= {};
    const operation = paths[endpoint.path] ?? {};
    operation[endpoint.method.toLowerCase()] = {
      operationId: endpoint.operationId,
      summary: endpoint.summary,
      ...(endpoint.description ? { description: endpoint.description } : {}),
      tags: [endpoint.tag],
      security: [{ apiKey: [] }],
      parameters: parameters(endpoint),
      ...(endpoint.body.name !== NO_BODY.name
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": { schema: ref(register(registries, "input", endpoint.body)) },
              },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Sohbet API",
      version: "1",
      description:
        "Manage flows and start conversations from your shop. Authenticate with a workspace API key " +
        "(Settings → API keys) as `Authorization: Bearer <key>`. Errors are JSON " +
        "`{ error: { code, message, issues? } }`; invalid bodies answer 422 with the path of each bad field.",
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    tags: [...new Set(endpoints.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "A workspace API key (sbt_…)." },
      },
      schemas: {
        ...componentSchemas(registries.output, "output"),
        ...componentSchemas(registries.input, "input"),
      },
    },
  };
}
