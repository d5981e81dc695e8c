import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort } from "../shared/ports";
import { contactUpdateNodeSchema } from "./contactUpdateSchema";

export const contactUpdateNode = defineNode(contactUpdateNodeSchema)({
  type: "contact_update",
  meta: {
    group: "Actions",
    icon: "UserPen",
    label: localized("Update contact", "Kişiyi güncelle"),
    description: localized(
      "Set contact fields, add or remove tags, record marketing opt-in or opt-out.",
      "Kişi alanlarını ayarlayın, etiket ekleyin ya da kaldırın, pazarlama iznini kaydedin veya geri alın.",
    ),
    defaultData: () => ({ fields: [], addTags: [], removeTags: [], optIn: "unchanged" }),
  },
  ports: () => [sharedPort("next", false)],
  traits: () => ({ waitsFor: "nothing", sendsFreeForm: false }),
});
