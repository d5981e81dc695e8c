import { MAX_HTTP_TIMEOUT_MS } from "../../engine/effects";
import { evaluateJsonPath, parseJsonPath } from "../../jsonPath/jsonPath";
import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { Issues } from "../shared/issues";
import { sharedPort } from "../shared/ports";
import { visitName, visitTemplate } from "../shared/visitVariables";
import { buildHttpRequest, parseJsonBody } from "./buildHttpRequest";
import { httpRequestNodeSchema } from "./httpRequestSchema";

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export const httpRequestNode = defineNode(httpRequestNodeSchema)({
  type: "http_request",
  meta: {
    group: "Actions",
    icon: "Globe",
    label: localized("HTTP request", "HTTP isteği"),
    description: localized(
      "Call your shop or CRM and save fields of the JSON answer in variables.",
      "Mağazanızı ya da CRM'inizi çağırın ve JSON yanıtındaki alanları değişkenlere kaydedin.",
    ),
    defaultData: () => ({
      method: "GET",
      url: "",
      headers: [],
      body: "",
      timeoutMs: 5000,
      mappings: [],
      statusVariable: "",
    }),
  },
  ports: () => [sharedPort("success", true), sharedPort("error", false)],
  traits: () => ({ waitsFor: "effect", sendsFreeForm: false }),

  validate(node) {
    const { data } = node;
    const issues = new Issues().url("url", data.url, localized("The URL", "URL"));
    if (
      !Number.isInteger(data.timeoutMs) ||
      data.timeoutMs < 1 ||
      data.timeoutMs > MAX_HTTP_TIMEOUT_MS
    ) {
      issues.error(
        "invalid_timeout",
        "timeoutMs",
        localized(
          `The timeout must be between 1 and ${MAX_HTTP_TIMEOUT_MS} ms: the customer is waiting.`,
          `Zaman aşımı 1 ile ${MAX_HTTP_TIMEOUT_MS} ms arasında olmalı: müşteri bekliyor.`,
        ),
      );
    }
    data.headers.forEach((header, i) => {
      if (!HEADER_NAME.test(header.name.trim())) {
        issues.error(
          "invalid_header",
          `headers.${i}.name`,
          localized(
            `"${header.name}" is not a valid header name.`,
            `"${header.name}" geçerli bir başlık adı değil.`,
          ),
        );
      }
    });
    if (data.body.trim() !== "") {
      const parsed = parseJsonBody(data.body);
      if (!parsed.ok) {
        issues.error(
          "invalid_json",
          "body",
          localized(
            `The body is not valid JSON (${parsed.error}). Put placeholders inside quotes: "{{qty}}" keeps a number a number.`,
            `Gövde geçerli bir JSON değil (${parsed.error}). Yer tutucuları tırnak içine alın: "{{qty}}" sayıyı sayı olarak korur.`,
          ),
        );
      }
      if (data.method === "GET" || data.method === "DELETE") {
        issues.warning(
          "body_ignored",
          "body",
          localized(
            `Many servers ignore a body on ${data.method}.`,
            `Birçok sunucu ${data.method} isteğindeki gövdeyi yok sayar.`,
          ),
        );
      }
    }
    data.mappings.forEach((mapping, i) => {
      const parsed = parseJsonPath(mapping.path);
      if (!parsed.ok) {
        issues.error(
          "invalid_json_path",
          `mappings.${i}.path`,
          localized(
            `"${mapping.path}" is not a JSON path like $.order.status (${parsed.error}).`,
            `"${mapping.path}" $.order.status gibi bir JSON yolu değil (${parsed.error}).`,
          ),
        );
      }
      issues.variableName(
        `mappings.${i}.variable`,
        mapping.variable,
        localized("The variable", "Değişken"),
      );
    });
    if (data.statusVariable !== "") {
      issues.variableName(
        "statusVariable",
        data.statusVariable,
        localized("The status variable", "Durum değişkeni"),
      );
    }
    return issues.list;
  },

  variables: (node, visit) => ({
    ...node,
    data: {
      ...node.data,
      url: visitTemplate(node.data.url, "url", visit),
      headers: node.data.headers.map((h, i) => ({
        ...h,
        value: visitTemplate(h.value, `headers.${i}.value`, visit),
      })),
      body: visitTemplate(node.data.body, "body", visit),
      mappings: node.data.mappings.map((m, i) => ({
        ...m,
        variable: visitName(m.variable, `mappings.${i}.variable`, "write", visit),
      })),
      statusVariable: visitName(node.data.statusVariable, "statusVariable", "write", visit),
    },
  }),

  enter(node, rt) {
    const built = buildHttpRequest(node.data, rt);
    if (built.ok) return { kind: "wait_effect", effect: built.request };
    rt.trace({
      type: "error",
      code: "http_request_invalid",
      message: localized(
        `The request could not be built: ${built.error}.`,
        `İstek oluşturulamadı: ${built.error}.`,
      ),
    });
    return { kind: "port", port: "error" };
  },

  onEffectResult(node, rt, result) {
    const { data } = node;
    if (
      data.statusVariable !== "" &&
      result.status !== "exhausted" &&
      result.httpStatus !== undefined
    ) {
      rt.setVariable(data.statusVariable, result.httpStatus);
    }
    if (result.status !== "success") return { kind: "port", port: "error" };
    for (const mapping of data.mappings) {
      const path = parseJsonPath(mapping.path);
      const value = path.ok ? evaluateJsonPath(result.data, path.path) : undefined;
      if (value === undefined) {
        rt.unsetVariable(mapping.variable);
        rt.trace({
          type: "warning",
          code: "mapping_missing",
          message: localized(
            `The response has nothing at ${mapping.path}; "${mapping.variable}" is left empty.`,
            `Yanıtta ${mapping.path} konumunda bir şey yok; "${mapping.variable}" boş bırakıldı.`,
          ),
        });
      } else {
        rt.setVariable(mapping.variable, value);
      }
    }
    return { kind: "port", port: "success" };
  },
});
