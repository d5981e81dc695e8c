import { describe, expect, it } from "vitest";
import { buildFlow, edge, node, START_ANY } from "../testing/conversation";
import { definedVariables, findVariableReferences, renameVariable } from "./variableReferences";

const flow = buildFlow({
  nodes: [
    START_ANY,
    node("q", "question", { prompt: "Sipariş no?", variable: "order", answer: { type: "text" } }),
    node("h", "http_request", {
      url: "https://shop.test/orders/{{order}}",
      body: '{"id": "{{order}}"}',
      mappings: [{ path: "$.total", variable: "total" }],
    }),
    node("s", "set_variable", {
      assignments: [
        {
          variable: "with_tax",
          value: { kind: "math", expression: "round(total * 1.2, 2) + orders_count" },
        },
        { variable: "when", value: { kind: "date", from: "order.date" } },
      ],
    }),
    node("c", "condition", {
      branches: [
        {
          id: "big",
          groups: [
            {
              rules: [
                {
                  subject: { kind: "variable", name: "order.total" },
                  operator: "greater_than",
                  value: "{{limit}}",
                },
              ],
            },
          ],
        },
      ],
    }),
    node("m", "message", {
      text: "{{ order }} / {{order.status}} / {{orders}} / {{contact.name}}",
    }),
  ],
  edges: [
    edge("start", "next", "q"),
    edge("q", "next", "h"),
    edge("h", "success", "s"),
    edge("s", "next", "c"),
    edge("c", "big", "m"),
  ],
  variables: [
    { name: "order", description: "the order number" },
    { name: "limit", defaultValue: 100 },
  ],
  settings: { stopMessage: "Bye {{order}}" },
});

describe("variable references", () => {
  it("finds every read and write with node and field", () => {
    const refs = findVariableReferences(flow).map(
      (r) => `${r.access}:${r.name}@${r.nodeId ?? "settings"}#${r.field}`,
    );
    expect(refs).toEqual([
      "read:order@q#prompt".replace("read:order@q#prompt", "write:order@q#variable"),
      "read:order@h#url",
      "read:order@h#body",
      "write:total@h#mappings.0.variable",
      "write:with_tax@s#assignments.0.variable",
      "read:total@s#assignments.0.value.expression",
      "read:orders_count@s#assignments.0.value.expression",
      "write:when@s#assignments.1.variable",
      "read:order@s#assignments.1.value.from",
      "read:order@c#branches.0.groups.0.rules.0.subject.name",
      "read:limit@c#branches.0.groups.0.rules.0.value",
      "read:order@m#text",
      "read:order@m#text",
      "read:orders@m#text",
      "read:contact.name@m#text",
      "read:order@settings#settings.stopMessage",
    ]);
    expect([...definedVariables(flow)].sort()).toEqual([
      "limit",
      "order",
      "total",
      "when",
      "with_tax",
    ]);
  });

  it("renames a variable everywhere and nothing else", () => {
    const renamed = renameVariable(flow, "order", "siparis");
    const byId = (id: string) => renamed.nodes.find((n) => n.id === id)?.data;
    expect(byId("q")).toMatchObject({ variable: "siparis", prompt: "Sipariş no?" });
    expect(byId("h")).toMatchObject({
      url: "https://shop.test/orders/{{siparis}}",
      body: '{"id": "{{siparis}}"}',
    });
    expect(byId("s")).toMatchObject({
      assignments: [
        { value: { expression: "round(total * 1.2, 2) + orders_count" } },
        { value: { from: "siparis.date" } },
      ],
    });
    expect(byId("c")).toMatchObject({
      branches: [{ groups: [{ rules: [{ subject: { name: "siparis.total" } }] }] }],
    });
    expect(byId("m")).toMatchObject({
      text: "{{ siparis }} / {{siparis.status}} / {{orders}} / {{contact.name}}",
    });
    expect(renamed.variables[0]).toEqual({ name: "siparis", description: "the order number" });
    expect(renamed.settings.stopMessage).toBe("Bye {{siparis}}");
    expect(flow.variables[0]?.name).toBe("order");

    const total = renameVariable(flow, "total", "toplam");
    expect(total.nodes.find((n) => n.id === "s")?.data).toMatchObject({
      assignments: [{ value: { expression: "round(toplam * 1.2, 2) + orders_count" } }, {}],
    });
  });

  it("returns the same document for invalid or no-op renames", () => {
    expect(renameVariable(flow, "order", "1bad")).toBe(flow);
    expect(renameVariable(flow, "order", "order")).toBe(flow);
    expect(renameVariable(flow, "nothing", "x")).toBe(flow);
    expect(renameVariable(flow, "order", "contact")).toBe(flow);
  });
});
