"use client";

import { Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { MAX_CODES_PER_UPLOAD, parseCodes } from "@/lib/discounts/parse-codes";

/** Text files a shop admin exports; anything bigger is not a code list. */
const MAX_FILE_BYTES = 2_000_000;

interface CodesFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** From the server, when it refused the codes. */
  error?: string;
}

/**
 * A box to paste codes into (or fill from a .txt/.csv file) with a live count of what will be
 * kept, using the same parser as the server, so the marketer sees a bad code before saving.
 */
export function CodesField({ value, onChange, error }: CodesFieldProps) {
  const t = useTranslations("discounts");
  const fileInput = useRef<HTMLInputElement>(null);
  const parsed = useMemo(() => parseCodes(value), [value]);
  const tooMany = parsed.codes.length > MAX_CODES_PER_UPLOAD;
  const problem =
    parsed.invalid.length > 0
      ? t("codes.invalid", {
          count: parsed.invalid.length,
          examples: parsed.invalid.slice(0, 3).join(", "),
        })
      : tooMany
        ? t("codes.tooMany", { max: MAX_CODES_PER_UPLOAD })
        : error;
  return (
    <Field
      label={t("codes.label")}
      hint={t("codes.hint")}
      error={problem}
      aside={
        <span className="text-muted-foreground text-xs tabular-nums" data-testid="codes-summary">
          {t("codes.summary", { count: parsed.codes.length, duplicates: parsed.duplicates })}
        </span>
      }
    >
      {(control) => (
        <div className="grid gap-2">
          <Textarea
            {...control}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            rows={7}
            spellCheck={false}
            placeholder={"WELCOME-7QX2\nWELCOME-K9PA\nWELCOME-3MZT"}
            className="min-h-32 resize-y font-mono"
          />
          <div>
            <input
              ref={fileInput}
              type="file"
              accept=".txt,.csv,text/plain,text/csv"
              className="sr-only"
              tabIndex={-1}
              aria-hidden
              data-testid="codes-file"
              onChange={async (e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = "";
                if (!file || file.size > MAX_FILE_BYTES) return;
                const text = await file.text();
                onChange(value.trim() === "" ? text : `${value.trimEnd()}\n${text}`);
              }}
            />
            <Button
              type="button"
              variant="secondary"
              size="sm"
              onClick={() => fileInput.current?.click()}
            >
              <Upload />
              {t("codes.fromFile")}
            </Button>
          </div>
        </div>
      )}
    </Field>
  );
}

/** The form may be sent: something to send and nothing the server would refuse. */
export function codesAreSendable(text: string, required: boolean): boolean {
  const parsed = parseCodes(text);
  return (
    parsed.invalid.length === 0 &&
    parsed.codes.length <= MAX_CODES_PER_UPLOAD &&
    (!required || parsed.codes.length > 0)
  );
}
