import { durationMs } from "../../date/durationMs";
import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort } from "../shared/ports";
import { delayNodeSchema } from "./delaySchema";

export const delayNode = defineNode(delayNodeSchema)({
  type: "delay",
  meta: {
    group: "Logic",
    icon: "Hourglass",
    label: localized("Delay", "Bekleme"),
    description: localized(
      "Wait from seconds to days before continuing.",
      "Devam etmeden önce saniyelerden günlere kadar bekleyin.",
    ),
    defaultData: () => ({ amount: 1, unit: "minutes" }),
  },
  ports: () => [sharedPort("next", true)],
  traits: () => ({ waitsFor: "timer", sendsFreeForm: false }),
  portTiming: (data) => ({ resetsWindow: false, delayMs: durationMs(data.amount, data.unit) }),
});
