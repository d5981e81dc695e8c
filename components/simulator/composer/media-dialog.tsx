"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LIMITS } from "@/lib/flow";
import { DocumentCard } from "../messages/document-card";

/** Before a photo or document goes out: a preview and an optional caption, as on a phone. */
export function MediaDialog({
  file,
  kind,
  previewUrl,
  onCancel,
  onSend,
}: {
  file: File | null;
  kind: "image" | "document";
  /** An object URL of the chosen photo, owned by the caller. */
  previewUrl: string | null;
  onCancel(): void;
  onSend(caption: string): void;
}) {
  const t = useTranslations("simulator.media");
  const common = useTranslations("common");
  const [caption, setCaption] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSend(caption.trim());
    setCaption("");
  };
  return (
    <Dialog open={file !== null} onOpenChange={(open) => (open ? undefined : onCancel())}>
      <DialogContent closeLabel={common("close")}>
        <DialogHeader title={kind === "image" ? t("sendPhoto") : t("sendDocument")} />
        <div className="flex justify-center">
          {kind === "image" && previewUrl ? (
            // A local object URL of the chosen file: nothing to optimise.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={previewUrl}
              alt={file?.name ?? ""}
              className="max-h-64 rounded-lg object-contain"
            />
          ) : (
            <DocumentCard name={file?.name ?? ""} />
          )}
        </div>
        <form className="grid gap-4" onSubmit={submit}>
          <Field label={t("caption")}>
            {(control) => (
              <Input
                {...control}
                value={caption}
                maxLength={LIMITS.mediaCaption}
                onChange={(e) => setCaption(e.target.value)}
              />
            )}
          </Field>
          <DialogFooter>
            <Button type="button" variant="secondary" onClick={onCancel}>
              {common("cancel")}
            </Button>
            <Button type="submit">{t("send")}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
