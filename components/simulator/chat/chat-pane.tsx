"use client";

import { useMemo, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { CustomerAction, CustomerMessage } from "@/lib/simulator/customer-action";
import type { TranscriptEntry } from "@/lib/simulator/transcript";
import { AdStartDialog } from "../composer/ad-start-dialog";
import { ApiStartDialog } from "../composer/api-start-dialog";
import { Composer } from "../composer/composer";
import { LocationDialog } from "../composer/location-dialog";
import { MediaDialog } from "../composer/media-dialog";
import { ListSheet } from "../messages/list-sheet";
import { ChatActionsProvider, type ChatActions } from "./chat-actions";
import { ChatHeader } from "./chat-header";
import { MessageList } from "./message-list";
import { useSentPhotos } from "./use-sent-photos";

export interface ChatPaneProps {
  businessName: string;
  entries: TranscriptEntry[];
  /** The simulated clock (for "Today" / "Yesterday"). */
  now: number;
  /** The bot is answering: typing dots, taps wait. */
  busy?: boolean;
  /** Nothing can be sent (the flow cannot run): no typing dots, taps and composer off. */
  disabled?: boolean;
  onAction(action: CustomerAction): void;
  /** Controls shown in the chat header (restart, clock…). */
  headerActions?: ReactNode;
  /** Shown between the header and the messages (e.g. a validation stop). */
  banner?: ReactNode;
  className?: string;
}

function newMediaId(): string {
  return `sim-media-${crypto.randomUUID()}`;
}

/**
 * The WhatsApp chat as the customer sees it, with the customer's composer. Stateless about the
 * conversation itself: entries come in, customer actions go out.
 */
export function ChatPane({
  businessName,
  entries,
  now,
  busy = false,
  disabled = false,
  onAction,
  headerActions,
  banner,
  className,
}: ChatPaneProps) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [listEntryId, setListEntryId] = useState<string | null>(null);
  const [locationOpen, setLocationOpen] = useState(false);
  const [adOpen, setAdOpen] = useState(false);
  const [apiOpen, setApiOpen] = useState(false);
  const [pendingFile, setPendingFile] = useState<{
    file: File;
    kind: "image" | "document";
    previewUrl: string | null;
  } | null>(null);
  // Photos the customer sent stay in this browser: only their simulator ids go to the server.
  const photos = useSentPhotos();

  const sendMessage = (message: CustomerMessage) => onAction({ type: "message", message });
  const actions = useMemo<ChatActions>(
    () => ({
      send: (action) => (busy || disabled ? undefined : onAction(action)),
      openList: setListEntryId,
      shareLocation: () => setLocationOpen(true),
      mediaPreview: photos.preview,
      disabled: busy || disabled,
    }),
    [busy, disabled, onAction, photos.preview],
  );
  const listEntry = entries.find((e) => e.id === listEntryId);
  const listMessage =
    listEntry?.kind === "business" && listEntry.message.type === "list" ? listEntry.message : null;

  return (
    <ChatActionsProvider value={actions}>
      <div
        ref={setContainer}
        className={cn("relative flex h-full min-h-0 flex-col overflow-hidden", className)}
        data-testid="chat-pane"
      >
        <ChatHeader businessName={businessName} busy={busy}>
          {headerActions}
        </ChatHeader>
        {banner}
        <div className="wa-wallpaper min-h-0 flex-1 overflow-y-auto">
          <MessageList entries={entries} now={now} busy={busy} businessName={businessName} />
        </div>
        <Composer
          disabled={busy || disabled}
          onText={(text) => sendMessage({ kind: "text", text })}
          onShareLocation={() => setLocationOpen(true)}
          onPickFile={(file, kind) =>
            setPendingFile({
              file,
              kind,
              previewUrl: kind === "image" ? URL.createObjectURL(file) : null,
            })
          }
          onAdStart={() => setAdOpen(true)}
          onApiStart={() => setApiOpen(true)}
        />
        {listMessage && listEntryId ? (
          <ListSheet
            message={listMessage}
            entryId={listEntryId}
            container={container}
            onClose={() => setListEntryId(null)}
            onPick={(message) => {
              setListEntryId(null);
              actions.send({ type: "message", message });
            }}
          />
        ) : null}
      </div>
      <LocationDialog open={locationOpen} onOpenChange={setLocationOpen} onShare={sendMessage} />
      <AdStartDialog open={adOpen} onOpenChange={setAdOpen} onStart={sendMessage} />
      <ApiStartDialog
        open={apiOpen}
        onOpenChange={setApiOpen}
        onStart={(variables) => onAction({ type: "api_start", variables })}
      />
      <MediaDialog
        file={pendingFile?.file ?? null}
        kind={pendingFile?.kind ?? "image"}
        previewUrl={pendingFile?.previewUrl ?? null}
        onCancel={() => {
          if (pendingFile?.previewUrl) URL.revokeObjectURL(pendingFile.previewUrl);
          setPendingFile(null);
        }}
        onSend={(caption) => {
          if (!pendingFile) return;
          const { file, kind, previewUrl } = pendingFile;
          const mediaId = newMediaId();
          if (previewUrl) photos.add(mediaId, previewUrl);
          setPendingFile(null);
          sendMessage({
            kind: "media",
            mediaKind: kind,
            mediaId,
            mimeType: file.type || undefined,
            filename: file.name.slice(0, 240),
            ...(caption ? { caption } : {}),
          });
        }}
      />
    </ChatActionsProvider>
  );
}
