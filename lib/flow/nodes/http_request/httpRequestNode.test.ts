import { describe, expect, it } from "vitest";
import {
  buildFlow,
  Conversation,
  edge,
  effectsOf,
  issuesOf,
  node,
  said,
  START_ANY,
} from "../../testing/conversation";

const request = {
  method: "POST",
  url: "https://shop.test/api/orders/{{order_id}}?email={{email}}",
  headers: [
    { name: "Authorization", value: "Bearer {{token}}" },
    { name: "X-Empty", value: "" },
  ],
  body: '{"qty": "{{qty}}", "note": "He said \\"{{note}}\\"", "tags": ["{{contact.name}}"], "missing": "{{nothing}}"}',
  timeoutMs: 4000,
  mappings: [
    { path: "$.order.status", variable: "status" },
    { path: "$.order.items[0].title", variable: "first_item" },
    { path: "$.order.nope", variable: "nope" },
  ],
  statusVariable: "http_status",
};

function conversation(data: object = request) {
  const c = new Conversation(
    buildFlow({
      nodes: [
        START_ANY,
        node("h", "http_request", data),
        node("ok", "message", { text: "Your order is {{status}} ({{first_item}})" }),
        node("err", "message", { text: "Sorry ({{http_status}})" }),
      ],
      edges: [edge("start", "next", "h"), edge("h", "success", "ok"), edge("h", "error", "err")],
      variables: [
        { name: "order_id", defaultValue: "A/1 2" },
        { name: "email", defaultValue: "a+b@x.com" },
        { name: "token", defaultValue: "s3cret" },
        { name: "qty", defaultValue: 2 },
        { name: "note", defaultValue: 'quote " inside' },
      ],
    }),
  );
  c.contact = { name: "Ayşe", tags: [], fields: {} };
  return c;
}

describe("http_request node", () => {
  it("describes the whole request in one effect and waits for it", () => {
    const c = conversation();
    const result = c.say("hi");
    const [effect] = effectsOf(result, "http_request");
    expect(effect).toEqual({
      type: "http_request",
      effectId: expect.stringMatching(/:e1$/),
      method: "POST",
      url: "https://shop.test/api/orders/A%2F1%202?email=a%2Bb%40x.com",
      headers: {
        Authorization: "Bearer s3cret",
        "X-Empty": "",
        "Content-Type": "application/json",
      },
      body: '{"qty":2,"note":"He said \\"quote \\" inside\\"","tags":["Ayşe"],"missing":null}',
      timeoutMs: 4000,
      responseMappings: request.mappings,
    });
    expect(c.session?.wait).toMatchObject({
      kind: "effect",
      nodeId: "h",
      effectId: effect?.effectId,
    });
    expect(result.outbox).toEqual([]);
  });

  it("maps the response into variables and takes success", () => {
    const c = conversation();
    c.say("hi");
    const result = c.resolve({
      status: "success",
      httpStatus: 200,
      data: { order: { status: "shipped", items: [{ title: "Çay" }] } },
    });
    expect(said(result)).toEqual(["Your order is shipped (Çay)"]);
    expect(c.session?.variables).toMatchObject({
      status: "shipped",
      first_item: "Çay",
      http_status: 200,
    });
    expect(result.trace).toContainEqual(
      expect.objectContaining({ type: "warning", code: "mapping_missing", nodeId: "h" }),
    );
  });

  it("takes error on failure", () => {
    const c = conversation();
    c.say("hi");
    expect(said(c.resolve({ status: "error", httpStatus: 503, message: "down" }))).toEqual([
      "Sorry (503)",
    ]);
  });

  it("ignores results for other effects and messages while waiting", () => {
    const c = conversation();
    c.say("hi");
    const stale = c.input({
      type: "effect_result",
      effectId: "other",
      result: { status: "success" },
    });
    expect(stale.trace).toEqual([
      { type: "effect_result", effectId: "other", status: "success", accepted: false },
    ]);
    const typed = c.say("hello?");
    expect(typed.outbox).toEqual([]);
    expect(typed.trace).toContainEqual(
      expect.objectContaining({ type: "input_rejected", reason: "not_waiting_for_input" }),
    );
    expect(c.session?.wait?.kind).toBe("effect");
  });

  it("keeps a URL that is entirely a variable as is, and sends no body when there is none", () => {
    const c = new Conversation(
      buildFlow({
        nodes: [START_ANY, node("h", "http_request", { url: "{{hook}}" })],
        edges: [edge("start", "next", "h")],
        variables: [{ name: "hook", defaultValue: "https://hooks.test/a?b=c" }],
      }),
    );
    const [effect] = effectsOf(c.say("hi"), "http_request");
    expect(effect).toMatchObject({
      method: "GET",
      url: "https://hooks.test/a?b=c",
      headers: {},
      timeoutMs: 5000,
    });
    expect(effect).not.toHaveProperty("body");
  });

  it("validates URL, timeout, body, headers and mappings", () => {
    expect(issuesOf("http_request", request)).toEqual([]);
    expect(
      issuesOf("http_request", {
        method: "GET",
        url: "ftp://shop.test",
        timeoutMs: 15000,
        headers: [{ name: "Bad Header", value: "x" }],
        body: '{"qty": {{qty}}}',
        mappings: [
          { path: "$..x", variable: "ok" },
          { path: "$.a", variable: "9lives" },
        ],
        statusVariable: "contact",
      }),
    ).toEqual([
      "invalid_url@url",
      "invalid_timeout@timeoutMs",
      "invalid_header@headers.0.name",
      "invalid_json@body",
      "body_ignored@body",
      "invalid_json_path@mappings.0.path",
      "invalid_variable_name@mappings.1.variable",
      "invalid_variable_name@statusVariable",
    ]);
    expect(issuesOf("http_request", { url: "" })).toEqual(["required@url"]);
  });
});
