"use client";

import { useState, type ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { FieldShell } from "./field-shell";

/**
 * A number of the node's data. The typed text is kept while it is not a number yet ("", "-", "1."),
 * and only a finite number is reported; `optional` fields report `undefined` when emptied.
 */
export function NumberField({
  path,
  label,
  value,
  onChange,
  min,
  max,
  step,
  optional = false,
  hint,
  suffix,
}: {
  path: string;
  label: ReactNode;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number;
  max?: number;
  step?: number;
  optional?: boolean;
  hint?: ReactNode;
  suffix?: ReactNode;
}) {
  const [draft, setDraft] = useState(value === undefined ? "" : String(value));
  const [shown, setShown] = useState(value);
  // A new value from outside (undo, another field) replaces whatever was being typed.
  if (shown !== value) {
    setShown(value);
    if (parse(draft) !== value) setDraft(value === undefined ? "" : String(value));
  }
  return (
    <FieldShell path={path} label={label} hint={hint}>
      {(control) => (
        <div className="flex items-center gap-2">
          <Input
            {...control}
            type="number"
            inputMode="decimal"
            value={draft}
            min={min}
            max={max}
            step={step}
            onChange={(e) => {
              const text = e.target.value;
              setDraft(text);
              const parsed = parse(text);
              if (parsed !== undefined) onChange(parsed);
              else if (optional && text.trim() === "") onChange(undefined);
            }}
          />
          {suffix ? <span className="text-muted-foreground shrink-0 text-xs">{suffix}</span> : null}
        </div>
      )}
    </FieldShell>
  );
}

function parse(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const number = Number(text.replace(",", "."));
  return Number.isFinite(number) ? number : undefined;
}
