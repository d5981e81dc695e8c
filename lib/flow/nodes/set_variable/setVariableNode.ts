import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort } from "../shared/ports";
import { setVariableNodeSchema } from "./setVariableSchema";

export const setVariableNode = defineNode(setVariableNodeSchema)({
  type: "set_variable",
  meta: {
    group: "Logic",
    icon: "Variable",
    label: localized("Set variable", "Değişken ata"),
    description: localized(
      "Set variables from text, a template, arithmetic, a formatted date or a random code.",
      "Değişkenlere metin, şablon, aritmetik işlem, biçimlendirilmiş tarih ya da rastgele kod atayın.",
    ),
    defaultData: () => ({ assignments: [{ variable: "", value: { kind: "literal", value: "" } }] }),
  },
  ports: () => [sharedPort("next", false)],
  traits: () => ({ waitsFor: "nothing", sendsFreeForm: false }),
});
