import { vi } from "vitest";
import type { CustomerAction } from "@/lib/simulator/customer-action";
import type { TranscriptEntry } from "@/lib/simulator/transcript";
import { ChatPane } from "../chat/chat-pane";
import { renderWithIntl } from "./with-intl";

export const T0 = Date.UTC(2025, 4, 12, 9, 30);

/** Renders the chat pane in English (UTC), recording what the customer does. */
export function renderChat(entries: TranscriptEntry[], options: { locale?: "en" | "tr" } = {}) {
  const locale = options.locale ?? "en";
  const actions: CustomerAction[] = [];
  const onAction = vi.fn((action: CustomerAction) => {
    actions.push(action);
  });
  const view = renderWithIntl(
    <ChatPane businessName="Tulp & Co" entries={entries} now={T0} onAction={onAction} />,
    locale,
  );
  return { ...view, actions, onAction };
}
