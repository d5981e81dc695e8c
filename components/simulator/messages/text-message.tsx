import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { MetaSpacer } from "../chat/meta-spacer";
import { FormattedText } from "../format/formatted-text";
import type { OutboundViolations } from "../limits/outbound-violations";

export function TextMessage({
  text,
  violations,
}: {
  text: string;
  violations: OutboundViolations;
}): ReactNode {
  return (
    <FormattedText
      text={text}
      trailing={<MetaSpacer />}
      className={cn(
        violations.at("text.body") &&
          "rounded-sm outline-2 outline-offset-2 outline-red-500/70 outline-dashed",
      )}
    />
  );
}
