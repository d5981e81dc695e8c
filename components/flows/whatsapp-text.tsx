import { cn } from "@/components/ui/cn";
import { parseWhatsAppFormatting } from "./whatsapp-formatting";

/** Text as WhatsApp shows it: formatting applied, line breaks kept. */
export function WhatsAppText({ text, className }: { text: string; className?: string }) {
  return (
    <span className={cn("break-words whitespace-pre-line", className)}>
      {parseWhatsAppFormatting(text).map((run, i) => (
        <span
          key={i}
          className={cn(
            run.bold && "font-semibold",
            run.italic && "italic",
            run.strike && "line-through",
            run.mono && "font-mono text-[0.92em]",
          )}
        >
          {run.text}
        </span>
      ))}
    </span>
  );
}
