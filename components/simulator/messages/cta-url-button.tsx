"use client";

import { ExternalLink } from "lucide-react";
import { LIMITS } from "@/lib/flow";
import { linkHref } from "@/lib/whatsapp-format";
import { OverLimitText } from "../limits/over-limit-text";
import type { OutboundViolations } from "../limits/outbound-violations";
import { ActionLink, ActionRow } from "./action-row";

/** A call-to-action button: opens its address in a new tab (nothing goes back to the flow). */
export function CtaUrlButton({
  label,
  url,
  violations,
}: {
  label: string;
  url: string;
  violations: OutboundViolations;
}) {
  const href = linkHref(url);
  const over = violations.at("interactive.action.parameters.display_text");
  const text = <OverLimitText text={label} limit={over ? LIMITS.ctaLabel : undefined} />;
  if (!href) {
    return (
      <ActionRow icon={<ExternalLink />} disabled title={url}>
        {text}
      </ActionRow>
    );
  }
  return (
    <ActionLink
      icon={<ExternalLink />}
      href={href}
      title={href}
      className={over ? "text-red-600 dark:text-red-400" : undefined}
    >
      {text}
    </ActionLink>
  );
}
