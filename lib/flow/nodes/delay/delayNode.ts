import { DAY_MS, durationMs } from "../../date/durationMs";
import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { Issues } from "../shared/issues";
import { sharedPort } from "../shared/ports";
import { delayNodeSchema } from "./delaySchema";

/** Longer waits belong in a scheduled campaign, not in a live conversation. */
export const MAX_DELAY_DAYS = 30;

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

  validate(node) {
    const issues = new Issues();
    const ms = durationMs(node.data.amount, node.data.unit);
    if (!(ms > 0)) {
      issues.error(
        "invalid_delay",
        "amount",
        localized("The delay must be longer than zero.", "Bekleme süresi sıfırdan uzun olmalı."),
      );
    } else if (ms > MAX_DELAY_DAYS * DAY_MS) {
      issues.error(
        "delay_too_long",
        "amount",
        localized(
          `A delay can be at most ${MAX_DELAY_DAYS} days.`,
          `Bekleme en fazla ${MAX_DELAY_DAYS} gün olabilir.`,
        ),
      );
    }
    return issues.list;
  },

  variables: (node) => node,

  enter: (node) => ({
    kind: "wait_timer",
    delayMs: Math.max(0, durationMs(node.data.amount, node.data.unit)),
  }),
  onTimer: () => ({ kind: "port", port: "next" }),
});
