"use client";

import { useRef, type ReactNode } from "react";
import { Input, Textarea } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { CharCounter } from "./char-counter";
import { FieldShell } from "./field-shell";
import { VariablePicker } from "./variable-picker";

/**
 * A text field of the node's data. `limit` (from lib/flow LIMITS) adds a counter; `variables` adds
 * the picker that inserts `{{name}}` where the caret is.
 */
export function TextField({
  path,
  label,
  value,
  onChange,
  limit,
  multiline = false,
  rows = 3,
  variables = false,
  placeholder,
  hint,
  mono = false,
}: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  limit?: number;
  multiline?: boolean;
  rows?: number;
  variables?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  mono?: boolean;
}) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);

  const insert = (reference: string) => {
    const element = ref.current;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? start;
    const token = `{{${reference}}}`;
    caret.current = start + token.length;
    onChange(value.slice(0, start) + token + value.slice(end));
  };
  // After the menu closes (and the new value has rendered) the caret goes back behind the token.
  const restoreFocus = () => {
    requestAnimationFrame(() => {
      const element = ref.current;
      if (!element) return;
      element.focus();
      if (caret.current !== null) element.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    });
  };

  const aside = (
    <>
      {limit !== undefined ? <CharCounter length={value.length} limit={limit} /> : null}
      {variables ? <VariablePicker onPick={insert} onClosed={restoreFocus} /> : null}
    </>
  );
  return (
    <FieldShell path={path} label={label} aside={aside} hint={hint}>
      {(control) =>
        multiline ? (
          <Textarea
            {...control}
            ref={ref}
            rows={rows}
            value={value}
            placeholder={placeholder}
            onChange={(e) => onChange(e.target.value)}
            className={cn("min-h-0 resize-y", mono && "font-mono text-xs")}
          />
        ) : (
          <Input
            {...control}
            ref={ref}
            value={value}
            placeholder={placeholder}
            onChange={(e) => onChange(e.target.value)}
            className={cn(mono && "font-mono text-xs")}
          />
        )
      }
    </FieldShell>
  );
}
