import { LIMITS } from "../../io";
import { localized } from "../../localized";
import { defineNode } from "../nodeDefinition";
import { Issues } from "../shared/issues";
import { sharedPort } from "../shared/ports";
import { fitText, urlText } from "../shared/runtimeText";
import { visitTemplate } from "../shared/visitVariables";
import { messageNodeSchema } from "./messageSchema";

const TEXT = localized("The message text", "Mesaj metni");
const CAPTION = localized("The caption", "Açıklama");
const MEDIA_URL = localized("The media URL", "Medya adresi");

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

  validate(node) {
    const issues = new Issues();
    const { text, media } = node.data;
    if (text.trim() === "" && media === undefined) {
      issues.error(
        "message_empty",
        "text",
        localized("Write a text or attach media.", "Bir metin yazın ya da medya ekleyin."),
      );
    }
    issues.maxLength("text", text, LIMITS.textBody, TEXT);
    if (media !== undefined) {
      issues.url("media.url", media.url, MEDIA_URL);
      issues.maxLength("media.caption", media.caption, LIMITS.mediaCaption, CAPTION);
      if (media.kind === "audio" && media.caption.trim() !== "") {
        issues.error(
          "caption_not_supported",
          "media.caption",
          localized(
            "WhatsApp does not show captions on audio.",
            "WhatsApp ses dosyalarında açıklama göstermez.",
          ),
        );
      }
    }
    return issues.list;
  },

  variables(node, visit) {
    const { media } = node.data;
    return {
      ...node,
      data: {
        ...node.data,
        text: visitTemplate(node.data.text, "text", visit),
        ...(media === undefined
          ? {}
          : {
              media: {
                ...media,
                url: visitTemplate(media.url, "media.url", visit),
                caption: visitTemplate(media.caption, "media.caption", visit),
              },
            }),
      },
    };
  },

  enter(node, rt) {
    const { text, media, previewUrl } = node.data;
    if (media !== undefined) {
      const caption =
        media.kind === "audio" ? "" : fitText(rt, media.caption, LIMITS.mediaCaption, CAPTION);
      rt.send({
        type: "media",
        mediaKind: media.kind,
        url: urlText(rt, media.url),
        ...(caption === "" ? {} : { caption }),
        ...(media.kind === "document" && media.filename !== "" ? { filename: media.filename } : {}),
      });
    }
    if (text.trim() !== "") {
      rt.send({
        type: "text",
        text: fitText(rt, text, LIMITS.textBody, TEXT),
        ...(previewUrl ? { previewUrl: true } : {}),
      });
    }
    return { kind: "port", port: "next" };
  },
});
