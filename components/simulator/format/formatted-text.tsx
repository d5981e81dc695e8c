import { Fragment, useMemo, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { parseWhatsAppFormat, type FormatInline, type FormatLine } from "@/lib/whatsapp-format";

function renderInline(nodes: FormatInline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case "text":
        return <Fragment key={i}>{node.text}</Fragment>;
      case "bold":
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case "italic":
        return <em key={i}>{renderInline(node.children)}</em>;
      case "strike":
        return <s key={i}>{renderInline(node.children)}</s>;
      case "code":
        return (
          <code
            key={i}
            className="rounded bg-black/[0.06] px-1 font-mono text-[0.9em] dark:bg-white/10"
          >
            {node.text}
          </code>
        );
      case "mono":
        return (
          <span key={i} className="font-mono text-[0.9em]">
            {node.text}
          </span>
        );
      case "link":
        return (
          <a
            key={i}
            href={node.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="text-wa-link underline-offset-2 hover:underline"
          >
            {node.text}
          </a>
        );
    }
  });
}

function Line({ line, trailing }: { line: FormatLine; trailing?: ReactNode }) {
  const content =
    line.content.length > 0 || trailing ? (
      <>
        {renderInline(line.content)}
        {trailing}
      </>
    ) : (
      <br />
    );
  switch (line.kind) {
    case "quote":
      return (
        <span className="my-0.5 block border-l-4 border-black/20 pl-2 opacity-80 dark:border-white/30">
          {content}
        </span>
      );
    case "bullet":
      return (
        <span className="block pl-4 -indent-3">
          <span aria-hidden>•&nbsp;&nbsp;</span>
          {content}
        </span>
      );
    case "numbered":
      return (
        <span className="block pl-5 -indent-4">
          {line.number}.&nbsp;{content}
        </span>
      );
    case "plain":
      return <span className="block">{content}</span>;
  }
}

/**
 * A message text as WhatsApp shows it. Built from React elements only: whatever the text holds
 * (HTML, script tags, entities) is shown as the characters it is, never interpreted.
 */
export function FormattedText({
  text,
  className,
  trailing,
}: {
  text: string;
  className?: string;
  /** Placed at the end of the last line (e.g. room for a bubble's time). */
  trailing?: ReactNode;
}) {
  const lines = useMemo(() => parseWhatsAppFormat(text), [text]);
  return (
    <span className={cn("block break-words whitespace-pre-wrap", className)} dir="auto">
      {lines.map((line, i) => (
        <Line key={i} line={line} trailing={i === lines.length - 1 ? trailing : undefined} />
      ))}
    </span>
  );
}
