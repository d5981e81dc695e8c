"use client";

import {
  FileText,
  Image as ImageIcon,
  MapPin,
  Megaphone,
  Plus,
  SendHorizontal,
  Webhook,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { LIMITS } from "@/lib/flow";

export interface ComposerProps {
  disabled: boolean;
  onText(text: string): void;
  onShareLocation(): void;
  onPickFile(file: File, kind: "image" | "document"): void;
  onAdStart(): void;
  onApiStart(): void;
}

/** The customer's side of the chat: type, attach, or start the conversation another way. */
export function Composer({
  disabled,
  onText,
  onShareLocation,
  onPickFile,
  onAdStart,
  onApiStart,
}: ComposerProps) {
  const t = useTranslations("simulator.composer");
  const [text, setText] = useState("");
  const photo = useRef<HTMLInputElement>(null);
  const document = useRef<HTMLInputElement>(null);

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (disabled || text.trim() === "") return;
    onText(text);
    setText("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends, Shift+Enter breaks the line, as in WhatsApp Web.
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };
  const fileInput = (kind: "image" | "document") => (
    <input
      ref={kind === "image" ? photo : document}
      type="file"
      accept={kind === "image" ? "image/*" : undefined}
      className="hidden"
      data-testid={kind === "image" ? "composer-photo-input" : "composer-document-input"}
      onChange={(e) => {
        const file = e.target.files?.[0];
        if (file) onPickFile(file, kind);
        e.target.value = "";
      }}
    />
  );

  return (
    <form className="bg-wa-composer flex shrink-0 items-end gap-1.5 px-2 py-2" onSubmit={send}>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <button
            type="button"
            className="text-wa-meta flex size-10 shrink-0 items-center justify-center rounded-full hover:bg-black/5 dark:hover:bg-white/5"
            aria-label={t("attach")}
          >
            <Plus className="size-6" />
          </button>
        </DropdownMenuTrigger>
        <DropdownMenuContent side="top" align="start">
          <DropdownMenuItem onSelect={onShareLocation}>
            <MapPin />
            {t("location")}
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => photo.current?.click()}>
            <ImageIcon />
            {t("photo")}
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => document.current?.click()}>
            <FileText />
            {t("document")}
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuLabel>{t("startAs")}</DropdownMenuLabel>
          <DropdownMenuItem onSelect={onAdStart}>
            <Megaphone />
            {t("adStart")}
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={onApiStart}>
            <Webhook />
            {t("apiStart")}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {fileInput("image")}
      {fileInput("document")}
      <textarea
        rows={1}
        value={text}
        maxLength={LIMITS.textBody}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t("placeholder")}
        aria-label={t("message")}
        className="bg-wa-composer-input text-wa-text placeholder:text-wa-meta [field-sizing:content] max-h-32 min-h-10 flex-1 resize-none rounded-lg px-3 py-2.5 text-[15px] leading-5 outline-none"
      />
      <button
        type="submit"
        disabled={disabled || text.trim() === ""}
        className="bg-wa-send flex size-10 shrink-0 items-center justify-center rounded-full text-white transition-opacity disabled:opacity-50"
        aria-label={t("send")}
      >
        <SendHorizontal className="size-5" />
      </button>
    </form>
  );
}
