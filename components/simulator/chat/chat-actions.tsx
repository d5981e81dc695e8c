"use client";

import { createContext, useContext } from "react";
import type { CustomerAction } from "@/lib/simulator/customer-action";

/** What a message in the chat can ask of the pane: send as the customer, open a sheet. */
export interface ChatActions {
  send(action: CustomerAction): void;
  openList(entryId: string): void;
  shareLocation(): void;
  /**
   * A browser-side preview of a photo the customer sent, by simulator media id: the file itself
   * in this visit, a thumbnail after a reload, nothing in another browser.
   */
  mediaPreview(mediaId: string): string | undefined;
  /** While the bot is answering, taps wait. */
  disabled: boolean;
}

const ChatActionsContext = createContext<ChatActions | null>(null);

export const ChatActionsProvider = ChatActionsContext.Provider;

export function useChatActions(): ChatActions {
  const actions = useContext(ChatActionsContext);
  if (!actions) throw new Error("useChatActions outside a chat pane");
  return actions;
}
