import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort } from "../shared/ports";
import { locationRequestNodeSchema } from "./locationRequestSchema";

export const locationRequestNode = defineNode(locationRequestNodeSchema)({
  type: "location_request",
  meta: {
    group: "Questions",
    icon: "MapPin",
    label: localized("Location request", "Konum isteği"),
    description: localized(
      "Ask the customer to share their location and save it in a variable.",
      "Müşteriden konumunu paylaşmasını isteyin ve bir değişkene kaydedin.",
    ),
    defaultData: () => ({ body: "", variable: "location", retryMessage: "", maxAttempts: 3 }),
  },
  ports: () => [sharedPort("next", true), sharedPort("invalid", false)],
  traits: () => ({ waitsFor: "customer", sendsFreeForm: true }),
  portTiming: () => ({ resetsWindow: true, delayMs: 0 }),
});
