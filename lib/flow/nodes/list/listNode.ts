import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort, titledPort } from "../shared/ports";
import { listNodeSchema } from "./listSchema";

export const listNode = defineNode(listNodeSchema)({
  type: "list",
  meta: {
    group: "Questions",
    icon: "List",
    label: localized("List", "Liste"),
    description: localized(
      "A menu of up to ten rows in sections; each row continues on its own path.",
      "Bölümlere ayrılmış en fazla on satırlık bir menü; her satır kendi yolundan devam eder.",
    ),
    defaultData: () => ({
      body: "",
      header: "",
      footer: "",
      buttonLabel: "",
      sections: [{ title: "", rows: [{ id: "row_1", title: "", description: "" }] }],
      retryMessage: "",
      maxAttempts: 2,
    }),
  },
  ports: (data) => [
    ...data.sections.flatMap((s) => s.rows.map((r) => titledPort(r.id, r.title, true))),
    sharedPort("invalid", false),
  ],
  traits: () => ({ waitsFor: "customer", sendsFreeForm: true }),
  portTiming: () => ({ resetsWindow: true, delayMs: 0 }),
});
