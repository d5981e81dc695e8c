import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { MetaSpacer } from "../chat/meta-spacer";
import { FormattedText } from "../format/formatted-text";
import type { OutboundViolations } from "../limits/outbound-violations";

const flagged = "rounded-sm outline-2 outline-offset-2 outline-red-500/70 outline-dashed";

/** Header, body and footer of an interactive message, each flagged when over its limit. */
export function InteractiveFrame({
  header,
  body,
  footer,
  violations,
}: {
  header?: string;
  body: string;
  footer?: string;
  violations: OutboundViolations;
}): ReactNode {
  const bodyOver = violations.at("interactive.body.text");
  return (
    <>
      {header ? (
        <p
          className={cn(
            "mb-1 font-semibold break-words",
            violations.at("interactive.header.text") && flagged,
          )}
          data-testid="message-header"
        >
          {header}
        </p>
      ) : null}
      <FormattedText
        text={body}
        className={cn(bodyOver && flagged)}
        trailing={footer ? undefined : <MetaSpacer />}
      />
      {footer ? (
        <p
          className={cn(
            "text-wa-meta mt-1 text-[13px] break-words",
            violations.at("interactive.footer.text") && flagged,
          )}
          data-testid="message-footer"
        >
          {footer}
          <MetaSpacer />
        </p>
      ) : null}
    </>
  );
}
