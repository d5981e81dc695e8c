"use client";

import { Ban, ExternalLink } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { BusinessEntry } from "@/lib/simulator/transcript";
import { Bubble } from "../chat/bubble";
import { MessageMeta } from "../chat/message-meta";
import { LimitReport } from "../limits/limit-report";
import { OutboundViolations } from "../limits/outbound-violations";
import { ActionRow } from "./action-row";
import { CtaUrlButton } from "./cta-url-button";
import { InteractiveFrame } from "./interactive-frame";
import { ListButton } from "./list-message";
import { MediaMessage } from "./media-message";
import { ReplyButtons } from "./reply-buttons";
import { SendLocationButton } from "./send-location-button";
import { TemplateMessage } from "./template-message";
import { TextMessage } from "./text-message";

interface Parts {
  content: ReactNode;
  actions?: ReactNode;
  metaPlacement?: "inline" | "below" | "overlay";
  flush?: boolean;
}

function parts(entry: BusinessEntry, violations: OutboundViolations): Parts {
  const { message } = entry;
  switch (message.type) {
    case "text":
      return { content: <TextMessage text={message.text} violations={violations} /> };
    case "media": {
      const captioned = Boolean(message.caption) && message.mediaKind !== "audio";
      return {
        content: <MediaMessage message={message} />,
        flush: true,
        metaPlacement: captioned
          ? "inline"
          : message.mediaKind === "image" || message.mediaKind === "video"
            ? "overlay"
            : "below",
      };
    }
    case "buttons":
      return {
        content: (
          <InteractiveFrame
            header={message.header?.text}
            body={message.body}
            footer={message.footer}
            violations={violations}
          />
        ),
        actions: (
          <ReplyButtons
            entryId={entry.id}
            buttons={message.buttons}
            violations={violations}
            pathOf={(n) => `interactive.action.buttons[${n}].reply.title`}
          />
        ),
      };
    case "list":
      return {
        content: (
          <InteractiveFrame
            header={message.header?.text}
            body={message.body}
            footer={message.footer}
            violations={violations}
          />
        ),
        actions: (
          <ListButton entryId={entry.id} label={message.buttonLabel} violations={violations} />
        ),
      };
    case "cta_url":
      return {
        content: (
          <InteractiveFrame
            header={message.header?.text}
            body={message.body}
            footer={message.footer}
            violations={violations}
          />
        ),
        actions: <CtaUrlButton label={message.label} url={message.url} violations={violations} />,
      };
    case "location_request":
      return {
        content: <InteractiveFrame body={message.body} violations={violations} />,
        actions: <SendLocationButton />,
      };
    case "template": {
      const links = message.components.filter((c) => c.type === "button" && c.subType === "url");
      return {
        content: <TemplateMessage message={message} />,
        actions:
          (message.quickReplies?.length ?? 0) > 0 || links.length > 0 ? (
            <>
              <ReplyButtons entryId={entry.id} buttons={message.quickReplies ?? []} />
              {links.map((_, i) => (
                <TemplateLinkRow key={i} />
              ))}
            </>
          ) : undefined,
      };
    }
  }
}

function TemplateLinkRow() {
  const t = useTranslations("simulator.messages");
  return (
    <ActionRow icon={<ExternalLink />} disabled>
      {t("templateLink")}
    </ActionRow>
  );
}

/** A message from the business (the flow), drawn as the customer's phone shows it. */
export function BusinessMessage({ entry, tail }: { entry: BusinessEntry; tail: boolean }) {
  const t = useTranslations("simulator.messages");
  const violations = useMemo(() => new OutboundViolations(entry.message), [entry.message]);
  const { content, actions, metaPlacement, flush } = parts(entry, violations);
  return (
    <div
      className="flex flex-col items-start"
      data-testid="business-message"
      data-type={entry.message.type}
      data-refused={entry.refused ?? undefined}
    >
      <Bubble
        side="in"
        tail={tail}
        flush={flush}
        meta={<MessageMeta at={entry.at} overlay={metaPlacement === "overlay"} />}
        metaPlacement={metaPlacement}
        actions={actions}
        className={cn(entry.refused && "opacity-60 grayscale")}
      >
        {content}
      </Bubble>
      {entry.refused ? (
        <p
          className="mt-1 flex max-w-[85%] items-center gap-1 text-xs font-medium text-red-700 dark:text-red-300"
          data-testid="refused-notice"
        >
          <Ban className="size-3.5 shrink-0" />
          {t("refusedWindow")}
        </p>
      ) : null}
      <LimitReport violations={violations.all} />
    </div>
  );
}
