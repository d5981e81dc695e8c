import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort } from "../shared/ports";
import { ctaUrlNodeSchema } from "./ctaUrlSchema";

export const ctaUrlNode = defineNode(ctaUrlNodeSchema)({
  type: "cta_url",
  meta: {
    group: "Commerce",
    icon: "ExternalLink",
    label: localized("Link button", "Bağlantı düğmesi"),
    description: localized(
      "A message with one button that opens a link, such as a payment or tracking page.",
      "Ödeme ya da kargo takip sayfası gibi bir bağlantıyı açan tek düğmeli bir mesaj.",
    ),
    defaultData: () => ({ body: "", header: "", footer: "", label: "", url: "" }),
  },
  ports: () => [sharedPort("next", false)],
  traits: () => ({ waitsFor: "nothing", sendsFreeForm: true }),
});
