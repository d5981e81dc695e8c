"use client";

import { AlertDialog as A } from "radix-ui";
import type { ReactNode } from "react";
import { buttonClass } from "./button";
import { cn } from "./cn";

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
  destructive?: boolean;
  pending?: boolean;
}

/** Asks before something that cannot be undone; focus starts on Cancel. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <A.Root open={props.open} onOpenChange={props.onOpenChange}>
      <A.Portal>
        <A.Overlay className="fixed inset-0 z-50 bg-black/40 backdrop-blur-[2px]" />
        <A.Content className="bg-popover fixed top-1/2 left-1/2 z-50 grid w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 gap-4 rounded-xl border p-6 shadow-xl">
          <div className="grid gap-1.5">
            <A.Title className="text-lg font-semibold">{props.title}</A.Title>
            <A.Description className="text-muted-foreground text-sm">
              {props.description}
            </A.Description>
          </div>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <A.Cancel className={buttonClass("secondary")}>{props.cancelLabel}</A.Cancel>
            <A.Action
              className={cn(buttonClass(props.destructive ? "destructive" : "primary"))}
              disabled={props.pending}
              onClick={(event) => {
                // Keep the dialog open until the caller closes it (e.g. after the request succeeds).
                event.preventDefault();
                props.onConfirm();
              }}
            >
              {props.confirmLabel}
            </A.Action>
          </div>
        </A.Content>
      </A.Portal>
    </A.Root>
  );
}
