import type { ReactNode } from "react";
import { templateTokens } from "@/lib/flow";
import { cn } from "@/components/ui/cn";

/** Cards only show the start of long texts; tokenising 4,096 characters per card is wasted work. */
const PREVIEW_CHARS = 280;

/** Text with its `{{variables}}` shown as chips, as lib/flow's interpolation will read them. */
export function TemplateText({ text, className }: { text: string; className?: string }) {
  const shown = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const token of templateTokens(shown)) {
    if (token.start > last) parts.push(shown.slice(last, token.start));
    parts.push(
      <span
        key={token.start}
        data-variable={token.ref}
        className="bg-primary-soft text-primary rounded px-1 py-px font-medium [overflow-wrap:anywhere]"
      >
        {token.ref}
      </span>,
    );
    last = token.end;
  }
  if (last < shown.length) parts.push(shown.slice(last));
  return (
    <p className={cn("text-xs leading-relaxed break-words whitespace-pre-line", className)}>
      {parts}
    </p>
  );
}
