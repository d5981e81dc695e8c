import { LIMITS } from "../../io";
import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { Issues } from "../shared/issues";
import { sharedPort } from "../shared/ports";
import { fitText, urlText } from "../shared/runtimeText";
import { visitTemplate } from "../shared/visitVariables";
import { ctaUrlNodeSchema } from "./ctaUrlSchema";

const BODY = localized("The message text", "Mesaj metni");
const HEADER = localized("The header", "Başlık");
const FOOTER = localized("The footer", "Alt bilgi");
const LABEL = localized("The button label", "Düğme etiketi");
const URL_LABEL = localized("The link", "Bağlantı");

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

  validate: (node) =>
    new Issues()
      .text("body", node.data.body, LIMITS.interactiveBody, BODY)
      .text("label", node.data.label, LIMITS.ctaLabel, LABEL)
      .maxLength("header", node.data.header, LIMITS.header, HEADER)
      .maxLength("footer", node.data.footer, LIMITS.footer, FOOTER)
      .url("url", node.data.url, URL_LABEL).list,

  variables: (node, visit) => ({
    ...node,
    data: {
      ...node.data,
      body: visitTemplate(node.data.body, "body", visit),
      header: visitTemplate(node.data.header, "header", visit),
      footer: visitTemplate(node.data.footer, "footer", visit),
      label: visitTemplate(node.data.label, "label", visit),
      url: visitTemplate(node.data.url, "url", visit),
    },
  }),

  enter(node, rt) {
    const { data } = node;
    const header = fitText(rt, data.header, LIMITS.header, HEADER);
    const footer = fitText(rt, data.footer, LIMITS.footer, FOOTER);
    rt.send({
      type: "cta_url",
      body: fitText(rt, data.body, LIMITS.interactiveBody, BODY),
      ...(header.trim() === "" ? {} : { header: { type: "text", text: header } }),
      ...(footer.trim() === "" ? {} : { footer }),
      label: fitText(rt, data.label, LIMITS.ctaLabel, LABEL),
      url: urlText(rt, data.url),
    });
    return { kind: "port", port: "next" };
  },
});
