"use client";

import { Megaphone } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { BusinessEntry, CustomerEntry } from "@/lib/simulator/transcript";
import { Bubble } from "../chat/bubble";
import { useChatActions } from "../chat/chat-actions";
import { MessageMeta } from "../chat/message-meta";
import { MetaSpacer } from "../chat/meta-spacer";
import { FormattedText } from "../format/formatted-text";
import { DocumentCard } from "./document-card";
import { ImagePreview } from "./image-preview";
import { MapTile } from "./map-tile";
import { PhotoPlaceholder } from "./photo-placeholder";
import { QuotedMessage } from "./quoted-message";

function Coordinates({ latitude, longitude }: { latitude: number; longitude: number }) {
  return (
    <span className="text-wa-meta block text-[12px] tabular-nums">
      {latitude.toFixed(5)}, {longitude.toFixed(5)}
    </span>
  );
}

/** A message the customer (the person trying the flow) sent, on the right with ticks. */
export function CustomerMessage({
  entry,
  tail,
  quoted,
  businessName,
}: {
  entry: CustomerEntry;
  tail: boolean;
  quoted?: BusinessEntry;
  businessName: string;
}) {
  const t = useTranslations("simulator.messages");
  const { mediaPreview } = useChatActions();
  const { message } = entry;
  let content: ReactNode;
  let flush = false;
  let metaPlacement: "inline" | "below" | "overlay" = "inline";
  switch (message.kind) {
    case "text":
      content = (
        <>
          {message.referral ? (
            <div
              className="bg-wa-quote mb-1 flex gap-2 rounded-md px-2 py-1.5 text-[13px]"
              data-testid="ad-referral"
            >
              <Megaphone className="text-wa-meta mt-0.5 size-4 shrink-0" />
              <span className="min-w-0">
                <span className="block font-medium">
                  {message.referral.headline ?? t("adArrival")}
                </span>
                <span className="text-wa-meta block break-all">
                  {t("adId", { id: message.referral.adId ?? "—" })}
                </span>
              </span>
            </div>
          ) : null}
          <FormattedText text={message.text} trailing={<MetaSpacer wide />} />
        </>
      );
      break;
    case "button":
    case "list":
      content = (
        <>
          {quoted ? <QuotedMessage entry={quoted} author={businessName} /> : null}
          <span className="block break-words">
            {message.title}
            {message.kind === "list" && message.description ? null : <MetaSpacer wide />}
          </span>
          {message.kind === "list" && message.description ? (
            <span className="text-wa-meta block text-[13px] break-words">
              {message.description}
              <MetaSpacer wide />
            </span>
          ) : null}
        </>
      );
      break;
    case "location":
      flush = true;
      metaPlacement = "below";
      content = (
        <>
          <MapTile />
          <span className="block px-1.5 pt-1">
            {message.name ? <span className="block font-medium">{message.name}</span> : null}
            {message.address ? (
              <span className="text-wa-meta block text-[13px]">{message.address}</span>
            ) : null}
            <Coordinates latitude={message.latitude} longitude={message.longitude} />
          </span>
        </>
      );
      break;
    case "media": {
      flush = true;
      const caption = message.caption ? (
        <div className="px-1.5 pt-1">
          <FormattedText text={message.caption} trailing={<MetaSpacer wide />} />
        </div>
      ) : null;
      metaPlacement = caption ? "inline" : message.mediaKind === "image" ? "overlay" : "below";
      content = (
        <>
          {message.mediaKind === "image" ? (
            // Only this browser has the photo: elsewhere a neutral card, not "failed to load".
            <ImagePreview
              src={mediaPreview(message.mediaId)}
              alt={message.caption ?? t("photo")}
              placeholder={<PhotoPlaceholder />}
            />
          ) : (
            <DocumentCard name={message.filename ?? t("file")} />
          )}
          {caption}
        </>
      );
      break;
    }
    default:
      content = (
        <span className="text-wa-meta italic">
          {t("unsupported", { kind: message.kind })}
          <MetaSpacer wide />
        </span>
      );
  }
  return (
    <div
      className="flex flex-col items-end"
      data-testid="customer-message"
      data-kind={message.kind}
    >
      <Bubble
        side="out"
        tail={tail}
        flush={flush}
        metaPlacement={metaPlacement}
        meta={
          <MessageMeta at={entry.at} status={entry.status} overlay={metaPlacement === "overlay"} />
        }
      >
        {content}
      </Bubble>
    </div>
  );
}
