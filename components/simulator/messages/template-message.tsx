"use client";

import { useTranslations } from "next-intl";
import type { OutboundMessage } from "@/lib/flow";
import { MetaSpacer } from "../chat/meta-spacer";
import { FormattedText } from "../format/formatted-text";

type Template = Extract<OutboundMessage, { type: "template" }>;

/**
 * A WhatsApp template: its text when the flow knows it, else its name and parameters. Templates
 * are the only messages that go out after the 24-hour window, so the name stays visible.
 */
export function TemplateMessage({ message }: { message: Template }) {
  const t = useTranslations("simulator.messages");
  const parameters = message.components.flatMap((c) =>
    c.type === "button" ? [] : c.parameters.map((p) => p.text),
  );
  return (
    <>
      <p className="text-wa-meta mb-1 text-[11px] font-medium" data-testid="template-name">
        {t("template", { name: message.name, language: message.language })}
      </p>
      {message.preview ? (
        <FormattedText text={message.preview} trailing={<MetaSpacer />} />
      ) : (
        <p className="italic">
          {parameters.length > 0
            ? t("templateParameters", { parameters: parameters.join(" · ") })
            : t("templateNoPreview")}
          <MetaSpacer />
        </p>
      )}
    </>
  );
}
