import { charCount } from "@/lib/whatsapp/client/char-count";

/**
 * A short text (a title, a label) with the characters beyond WhatsApp's limit marked, so the
 * reader sees how much is too much instead of a silently shortened text.
 */
export function OverLimitText({ text, limit }: { text: string; limit: number | undefined }) {
  if (limit === undefined || charCount(text) <= limit) return <>{text}</>;
  const chars = [...text];
  return (
    <span data-over-limit="true">
      {chars.slice(0, limit).join("")}
      <mark className="rounded-sm bg-red-500/25 text-inherit underline decoration-red-600 decoration-wavy">
        {chars.slice(limit).join("")}
      </mark>
    </span>
  );
}
