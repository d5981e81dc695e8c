"use client";

import { useTranslations } from "next-intl";
import type { OutboundMessage } from "@/lib/flow";
import { linkHref } from "@/lib/whatsapp-format";
import { MetaSpacer } from "../chat/meta-spacer";
import { FormattedText } from "../format/formatted-text";
import { AudioPreview } from "./audio-preview";
import { DocumentCard } from "./document-card";
import { fileNameFromUrl } from "./file-name";
import { ImagePreview } from "./image-preview";
import { VideoPreview } from "./video-preview";

type Media = Extract<OutboundMessage, { type: "media" }>;

/** Photo, video, audio or document sent by the flow, with its caption. */
export function MediaMessage({ message }: { message: Media }) {
  const t = useTranslations("simulator.media");
  // Only http(s) links load: anything else is what WhatsApp would refuse anyway (and flagged).
  const src = linkHref(message.url) ?? undefined;
  const caption =
    message.caption && message.mediaKind !== "audio" ? (
      <div className="px-1.5 pt-1">
        <FormattedText text={message.caption} trailing={<MetaSpacer />} />
      </div>
    ) : null;
  switch (message.mediaKind) {
    case "image":
      return (
        <>
          <ImagePreview src={src} alt={message.caption ?? t("image")} />
          {caption}
        </>
      );
    case "video":
      return (
        <>
          {src ? <VideoPreview src={src} /> : <ImagePreview src={undefined} alt={t("video")} />}
          {caption}
        </>
      );
    case "audio":
      return src ? <AudioPreview src={src} /> : <ImagePreview src={undefined} alt={t("audio")} />;
    case "document":
      return (
        <>
          <DocumentCard name={message.filename ?? fileNameFromUrl(message.url)} href={src} />
          {caption}
        </>
      );
  }
}
