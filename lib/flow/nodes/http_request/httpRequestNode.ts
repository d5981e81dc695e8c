import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort } from "../shared/ports";
import { httpRequestNodeSchema } from "./httpRequestSchema";

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
});
