import { ExternalLink, Image as ImageIcon, List, MapPin, Zap } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { OutboundMessage } from "@/lib/flow";
import type { PreviewLineJson } from "@/lib/templates/api-schemas";
import { WhatsAppText } from "./whatsapp-text";

// WhatsApp's own chat colours: the preview should look like the customer's phone, in both themes.
const bubble = "max-w-[88%] rounded-lg px-2.5 py-1.5 shadow-xs";
const incoming = cn(bubble, "justify-self-start rounded-tl-none bg-white dark:bg-[#202c33]");
const outgoing = cn(
  bubble,
  "justify-self-end rounded-tr-none bg-[#d9fdd3] dark:bg-[#005c4b] dark:text-[#e9edef]",
);
const action =
  "flex items-center justify-center gap-1.5 border-t border-black/10 pt-1.5 text-[13px] font-medium text-[#027eb5] dark:border-white/10 dark:text-[#53bdeb]";
const chip =
  "rounded-lg bg-white px-3 py-1.5 text-center text-[13px] font-medium text-[#027eb5] shadow-xs dark:bg-[#202c33] dark:text-[#53bdeb]";

function Bubble({
  header,
  body,
  footer,
  children,
}: {
  header?: string;
  body: string;
  footer?: string;
  children?: ReactNode;
}) {
  return (
    <div className={cn(incoming, "grid gap-1")}>
      {header ? <WhatsAppText text={header} className="font-semibold" /> : null}
      <WhatsAppText text={body} />
      {footer ? (
        <span className="text-[11px] text-black/45 dark:text-white/45">{footer}</span>
      ) : null}
      {children}
    </div>
  );
}

function Replies({ titles }: { titles: string[] }) {
  return (
    <div className="grid max-w-[88%] min-w-[60%] gap-1 justify-self-start">
      {titles.map((title) => (
        <span key={title} className={chip}>
          {title}
        </span>
      ))}
    </div>
  );
}

function BotMessage({ message }: { message: OutboundMessage }) {
  const t = useTranslations("templates");
  switch (message.type) {
    case "text":
      return <Bubble body={message.text} />;
    case "media":
      return (
        <div className={cn(incoming, "grid w-3/4 gap-1.5 p-1")}>
          {/* Template media are placeholders on example.com: nothing is fetched for a preview. */}
          <div className="flex h-24 items-center justify-center gap-2 rounded-md bg-black/5 text-xs text-black/45 dark:bg-white/5 dark:text-white/45">
            <ImageIcon className="size-5" />
            {t("image")}
          </div>
          {message.caption ? <WhatsAppText text={message.caption} className="px-1.5 pb-1" /> : null}
        </div>
      );
    case "buttons":
      return (
        <>
          <Bubble header={message.header?.text} body={message.body} footer={message.footer} />
          <Replies titles={message.buttons.map((b) => b.title)} />
        </>
      );
    case "list":
      return (
        <Bubble header={message.header?.text} body={message.body} footer={message.footer}>
          <span className={action}>
            <List className="size-3.5" />
            {message.buttonLabel}
          </span>
        </Bubble>
      );
    case "cta_url":
      return (
        <Bubble header={message.header?.text} body={message.body} footer={message.footer}>
          <span className={action}>
            <ExternalLink className="size-3.5" />
            {message.label}
          </span>
        </Bubble>
      );
    case "location_request":
      return (
        <Bubble body={message.body}>
          <span className={action}>
            <MapPin className="size-3.5" />
            {t("sendLocation")}
          </span>
        </Bubble>
      );
    case "template":
      return (
        <>
          <Bubble
            body={message.preview ?? message.name}
            footer={t("templateMessage", { name: message.name })}
          />
          {message.quickReplies ? (
            <Replies titles={message.quickReplies.map((r) => r.title)} />
          ) : null}
        </>
      );
  }
}

/** The first turns of a template's conversation, drawn as a WhatsApp chat. */
export function TemplatePreview({
  lines,
  className,
}: {
  lines: PreviewLineJson[];
  className?: string;
}) {
  const t = useTranslations("templates");
  return (
    <div
      className={cn(
        "grid content-start gap-1.5 rounded-xl bg-[#efeae2] p-3 text-[13px] leading-snug text-[#111b21] dark:bg-[#0b141a] dark:text-[#e9edef]",
        className,
      )}
      data-testid="template-preview"
    >
      {lines.map((line, i) => {
        if (line.from === "api") {
          return (
            <span
              key={i}
              className="mb-1 flex items-center gap-1.5 justify-self-center rounded-md bg-white/85 px-2.5 py-1 text-[11px] text-black/60 shadow-xs dark:bg-[#182229] dark:text-white/60"
            >
              <Zap className="size-3" />
              {t("startedByApi")}
            </span>
          );
        }
        if (line.from === "customer") {
          return (
            <div key={i} className={outgoing}>
              <WhatsAppText text={line.text} />
            </div>
          );
        }
        return <BotMessage key={i} message={line.message} />;
      })}
    </div>
  );
}
