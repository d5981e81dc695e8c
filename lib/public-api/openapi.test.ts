import { describe, expect, it } from "vitest";
import { endpoints } from "./endpoints";
import { buildOpenApiDocument } from "./openapi";

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") out.push(child);
      else refs(child, out);
    }
  }
  return out;
}

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument(endpoints, "https://chat.example.com");
  const json = JSON.parse(JSON.stringify(doc));

  it("describes every endpoint with its method, parameters and responses", () => {
    expect(json.openapi).toBe("3.1.0");
    for (const endpoint of endpoints) {
      const operation = json.paths[endpoint.path][endpoint.method.toLowerCase()];
      expect(operation.operationId).toBe(endpoint.operationId);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["401", "429"]));
    }
    expect(json.paths["/api/v1/flows/{flowId}"].get.parameters).toEqual([
      expect.objectContaining({ name: "flowId", in: "path", required: true }),
    ]);
  });

  it("publishes request bodies from the same zod schemas the server validates with", () => {
    const create = json.paths["/api/v1/flows"].post;
    expect(create.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/CreateFlowInput",
    });
    const schema = json.components.schemas.CreateFlowInput;
    expect(schema.required).toEqual(["name"]);
    expect(schema.properties.name).toMatchObject({ type: "string", minLength: 1, maxLength: 100 });
  });

  it("has no dangling $ref", () => {
    for (const ref of refs(json)) {
      const name = ref.replace("#/components/schemas/", "");
      expect(json.components.schemas[name], ref).toBeDefined();
    }
  });
});
