"use client";

import { useTranslations } from "next-intl";
import { AlertDialog as A } from "radix-ui";
import { useState } from "react";
import { toast } from "sonner";
import { buttonClass } from "@/components/ui/button";
import { useEditor } from "../store/editor-store-context";

/** Someone saved this flow first: take their version, or keep ours and overwrite theirs. */
export function ConflictDialog({
  onReload,
  onOverwrite,
}: {
  onReload: () => Promise<void>;
  onOverwrite: () => void;
}) {
  const t = useTranslations("editor.conflict");
  const open = useEditor((state) => state.saveStatus === "conflict");
  const [pending, setPending] = useState(false);
  return (
    <A.Root open={open}>
      <A.Portal>
        <A.Overlay className="fixed inset-0 z-50 bg-black/40 backdrop-blur-[2px]" />
        <A.Content className="bg-popover fixed top-1/2 left-1/2 z-50 grid w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 gap-4 rounded-xl border p-6 shadow-xl">
          <div className="grid gap-1.5">
            <A.Title className="text-lg font-semibold">{t("title")}</A.Title>
            <A.Description className="text-muted-foreground text-sm">
              {t("description")}
            </A.Description>
          </div>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <button
              type="button"
              className={buttonClass("secondary")}
              disabled={pending}
              onClick={() => {
                setPending(true);
                onReload()
                  .catch(() => toast.error(t("reloadFailed")))
                  .finally(() => setPending(false));
              }}
            >
              {t("reload")}
            </button>
            <button
              type="button"
              className={buttonClass("destructive")}
              disabled={pending}
              onClick={onOverwrite}
            >
              {t("overwrite")}
            </button>
          </div>
        </A.Content>
      </A.Portal>
    </A.Root>
  );
}
