import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { sharedPort } from "../shared/ports";
import { messageNodeSchema } from "./messageSchema";

export const messageNode = defineNode(messageNodeSchema)({
  type: "message",
  meta: {
    group: "Messages",
    icon: "MessageSquare",
    label: localized("Message", "Mesaj"),
    description: localized(
      "Send text with {{variables}} and WhatsApp formatting, optionally with an image, video, document or audio.",
      "{{değişkenler}} ve WhatsApp biçimlendirmesiyle metin gönderin; isterseniz görsel, video, belge ya da ses ekleyin.",
    ),
    defaultData: () => ({ text: "", previewUrl: false }),
  },
  ports: () => [sharedPort("next", false)],
  traits: () => ({ waitsFor: "nothing", sendsFreeForm: true }),
});
