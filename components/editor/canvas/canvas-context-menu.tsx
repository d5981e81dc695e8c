"use client";

import {
  ClipboardPaste,
  Copy,
  CopyPlus,
  LayoutDashboard,
  SquareDashedMousePointer,
  Trash2,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { ContextMenu as M } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { EditorCommands } from "./use-editor-commands";

export type MenuTarget =
  { kind: "pane" } | { kind: "node"; nodeId: string } | { kind: "edge"; edgeId: string };

function Item({
  className,
  destructive,
  shortcut,
  children,
  ...props
}: ComponentProps<typeof M.Item> & { destructive?: boolean; shortcut?: string }) {
  return (
    <M.Item
      className={cn(
        "data-[highlighted]:bg-muted [&_svg]:text-muted-foreground flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm outline-none select-none data-[disabled]:pointer-events-none data-[disabled]:opacity-50 [&_svg]:size-4",
        destructive &&
          "text-destructive data-[highlighted]:bg-destructive/10 [&_svg]:text-destructive",
        className,
      )}
      {...props}
    >
      {children}
      {shortcut ? (
        <span className="text-muted-foreground ml-auto pl-6 text-xs tracking-wide">{shortcut}</span>
      ) : null}
    </M.Item>
  );
}

/** Right-click menu of the canvas: what it offers depends on what was clicked. */
export function CanvasContextMenu({
  target,
  commands,
  readOnly,
  children,
}: {
  target: MenuTarget;
  commands: EditorCommands;
  readOnly: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("editor.menu");
  return (
    <M.Root modal={false}>
      <M.Trigger asChild>{children}</M.Trigger>
      <M.Portal>
        <M.Content
          className="bg-popover text-popover-foreground z-50 min-w-52 overflow-hidden rounded-lg border p-1 shadow-lg"
          aria-label={t("label")}
        >
          {target.kind === "node" ? (
            <>
              <Item onSelect={() => void commands.copyToClipboard()} shortcut="Ctrl C">
                <Copy />
                {t("copy")}
              </Item>
              {readOnly ? null : (
                <>
                  <Item onSelect={() => commands.duplicateSelection()} shortcut="Ctrl D">
                    <CopyPlus />
                    {t("duplicate")}
                  </Item>
                  <M.Separator className="bg-border -mx-1 my-1 h-px" />
                  <Item destructive onSelect={() => commands.deleteSelection()} shortcut="Del">
                    <Trash2 />
                    {t("delete")}
                  </Item>
                </>
              )}
            </>
          ) : null}
          {target.kind === "edge" && !readOnly ? (
            <Item destructive onSelect={() => commands.deleteSelection()} shortcut="Del">
              <Trash2 />
              {t("deleteConnection")}
            </Item>
          ) : null}
          {target.kind === "pane" ? (
            <>
              {readOnly ? null : (
                <Item onSelect={() => void commands.pasteFromClipboard()} shortcut="Ctrl V">
                  <ClipboardPaste />
                  {t("paste")}
                </Item>
              )}
              <Item onSelect={() => commands.selectAll()} shortcut="Ctrl A">
                <SquareDashedMousePointer />
                {t("selectAll")}
              </Item>
              {readOnly ? null : (
                <Item onSelect={() => void commands.autoLayout()}>
                  <LayoutDashboard />
                  {t("autoLayout")}
                </Item>
              )}
            </>
          ) : null}
        </M.Content>
      </M.Portal>
    </M.Root>
  );
}
