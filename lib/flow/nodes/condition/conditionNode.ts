import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort, titledPort } from "../shared/ports";
import { conditionNodeSchema } from "./conditionSchema";

export const conditionNode = defineNode(conditionNodeSchema)({
  type: "condition",
  meta: {
    group: "Logic",
    icon: "Split",
    label: localized("Condition", "Koşul"),
    description: localized(
      "Branch on variables, contact fields or the last message; the first matching branch wins, otherwise else.",
      "Değişkenlere, kişi alanlarına ya da son mesaja göre dallanın; ilk uyan dal seçilir, hiçbiri uymazsa değilse.",
    ),
    defaultData: () => ({
      branches: [
        {
          id: "branch_1",
          label: "",
          match: "any",
          groups: [
            {
              match: "all",
              rules: [
                {
                  subject: { kind: "variable", name: "" },
                  operator: "equals",
                  value: "",
                  values: [],
                  caseSensitive: false,
                },
              ],
            },
          ],
        },
      ],
    }),
  },
  ports: (data) => [
    ...data.branches.map((b, i) => titledPort(b.id, b.label === "" ? `#${i + 1}` : b.label, true)),
    sharedPort("else", false),
  ],
  traits: () => ({ waitsFor: "nothing", sendsFreeForm: false }),
});
