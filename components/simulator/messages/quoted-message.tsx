import type { BusinessEntry } from "@/lib/simulator/transcript";
import { messageSnippet } from "./message-snippet";

/** The quoted business message above a reply, as WhatsApp shows a tapped button's context. */
export function QuotedMessage({ entry, author }: { entry: BusinessEntry; author: string }) {
  return (
    <div
      className="bg-wa-quote mb-1 rounded-md border-l-4 border-[#06cf9c] px-2 py-1 text-[13px]"
      data-testid="quoted-message"
    >
      <p className="font-medium text-[#06cf9c]">{author}</p>
      <p className="text-wa-meta line-clamp-2 break-words">{messageSnippet(entry.message)}</p>
    </div>
  );
}
