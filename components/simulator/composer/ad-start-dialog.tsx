"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import type { CustomerMessage } from "@/lib/simulator/customer-action";

/**
 * Arrive as from a click-to-WhatsApp ad: the first message carries the ad's referral, which is
 * what ad triggers match on.
 */
export function AdStartDialog({
  open,
  onOpenChange,
  onStart,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  onStart(message: CustomerMessage): void;
}) {
  const t = useTranslations("simulator.adStart");
  const common = useTranslations("common");
  const [adId, setAdId] = useState("");
  const [headline, setHeadline] = useState("");
  const [text, setText] = useState("");
  const [touched, setTouched] = useState(false);
  const missingId = adId.trim() === "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (missingId) return;
    onStart({
      kind: "text",
      text: text.trim() || t("defaultText"),
      referral: {
        adId: adId.trim(),
        sourceType: "ad",
        ...(headline.trim() ? { headline: headline.trim() } : {}),
      },
    });
    onOpenChange(false);
    setTouched(false);
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={common("close")}>
        <DialogHeader title={t("title")} description={t("description")} />
        <form className="grid gap-4" onSubmit={submit} noValidate>
          <Field label={t("adId")} error={touched && missingId ? t("adIdRequired") : undefined}>
            {(control) => (
              <Input
                {...control}
                value={adId}
                maxLength={100}
                placeholder="120210000000000000"
                onChange={(e) => setAdId(e.target.value)}
              />
            )}
          </Field>
          <Field label={t("headline")}>
            {(control) => (
              <Input
                {...control}
                value={headline}
                maxLength={200}
                onChange={(e) => setHeadline(e.target.value)}
              />
            )}
          </Field>
          <Field label={t("text")} hint={t("textHint")}>
            {(control) => (
              <Textarea
                {...control}
                value={text}
                maxLength={4096}
                placeholder={t("defaultText")}
                onChange={(e) => setText(e.target.value)}
              />
            )}
          </Field>
          <DialogFooter>
            <Button type="submit">{t("start")}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
