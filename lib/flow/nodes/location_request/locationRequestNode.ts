import { LIMITS } from "../../io";
import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { BUILTIN_TEXTS } from "../shared/builtinTexts";
import { Issues } from "../shared/issues";
import { sharedPort } from "../shared/ports";
import { locationValue } from "../shared/locationValue";
import { IGNORE_REACTION, rejectAnswer } from "../shared/rejectAnswer";
import { fitText } from "../shared/runtimeText";
import { visitName, visitTemplate } from "../shared/visitVariables";
import { locationRequestNodeSchema } from "./locationRequestSchema";

const BODY = localized("The request text", "İstek metni");
const VARIABLE = localized("The variable", "Değişken");

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

  validate: (node) =>
    new Issues()
      .text("body", node.data.body, LIMITS.interactiveBody, BODY)
      .variableName("variable", node.data.variable, VARIABLE)
      .maxAttempts("maxAttempts", node.data.maxAttempts).list,

  variables: (node, visit) => ({
    ...node,
    data: {
      ...node.data,
      body: visitTemplate(node.data.body, "body", visit),
      variable: visitName(node.data.variable, "variable", "write", visit),
      retryMessage: visitTemplate(node.data.retryMessage, "retryMessage", visit),
    },
  }),

  enter(node, rt) {
    rt.send({
      type: "location_request",
      body: fitText(rt, node.data.body, LIMITS.interactiveBody, BODY),
    });
    return { kind: "wait_input" };
  },

  onInput(node, rt, message) {
    if (message.kind === "reaction") return IGNORE_REACTION;
    if (message.kind === "location") {
      rt.setVariable(node.data.variable, locationValue(message));
      return { kind: "port", port: "next" };
    }
    return rejectAnswer(rt, {
      maxAttempts: node.data.maxAttempts,
      retryMessage:
        node.data.retryMessage.trim() === "" ? rt.settings.fallbackMessage : node.data.retryMessage,
      defaultText: BUILTIN_TEXTS.answerLocation,
      reason: "not_a_location",
      reprompt: () =>
        rt.send({
          type: "location_request",
          body: fitText(rt, node.data.body, LIMITS.interactiveBody, BODY),
        }),
    });
  },
});
