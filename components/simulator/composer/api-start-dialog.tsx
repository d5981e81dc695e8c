"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import type { JsonValue } from "@/lib/flow";
import { parseApiVariables } from "./parse-api-variables";

const EXAMPLE = '{\n  "order": { "id": "1042", "total": 249.9 }\n}';

/** Start the conversation as Sohbet's API would, with variables as JSON (checked before sending). */
export function ApiStartDialog({
  open,
  onOpenChange,
  onStart,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  onStart(variables: Record<string, JsonValue>): void;
}) {
  const t = useTranslations("simulator.apiStart");
  const common = useTranslations("common");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseApiVariables(text);
    if (!parsed.ok) {
      setError(
        parsed.error === "json"
          ? t("invalidJson", { detail: parsed.detail ?? "" })
          : parsed.error === "object"
            ? t("notObject")
            : t("invalidNames"),
      );
      return;
    }
    setError(null);
    onStart(parsed.variables);
    onOpenChange(false);
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent closeLabel={common("close")} className="max-w-lg">
        <DialogHeader title={t("title")} description={t("description")} />
        <form className="grid gap-4" onSubmit={submit} noValidate>
          <Field label={t("variables")} error={error ?? undefined} hint={t("hint")}>
            {(control) => (
              <Textarea
                {...control}
                value={text}
                spellCheck={false}
                placeholder={EXAMPLE}
                className="min-h-40 font-mono text-xs"
                onChange={(e) => {
                  setText(e.target.value);
                  setError(null);
                }}
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
