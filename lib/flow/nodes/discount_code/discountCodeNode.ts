import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort } from "../shared/ports";
import { discountCodeNodeSchema } from "./discountCodeSchema";

export const discountCodeNode = defineNode(discountCodeNodeSchema)({
  type: "discount_code",
  meta: {
    group: "Commerce",
    icon: "TicketPercent",
    label: localized("Discount code", "İndirim kodu"),
    description: localized(
      "Take a single-use code from a code pool, or generate one from a pattern, into a variable.",
      "Bir kod havuzundan tek kullanımlık kod alın ya da bir kalıptan üretin ve bir değişkene kaydedin.",
    ),
    defaultData: () => ({
      source: { kind: "pattern", pattern: "SOHBET-####" },
      variable: "discount_code",
    }),
  },
  ports: (data) =>
    data.source.kind === "pool"
      ? [sharedPort("ok", true), sharedPort("exhausted", false)]
      : [sharedPort("ok", true)],
  traits: (data) => ({
    waitsFor: data.source.kind === "pool" ? "effect" : "nothing",
    sendsFreeForm: false,
  }),
});
