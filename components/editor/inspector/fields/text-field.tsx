"use client";

import type { ReactNode } from "react";
import { Input, Textarea } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { CharCounter } from "./char-counter";
import { FieldShell } from "./field-shell";
import { useVariableInsert } from "./use-variable-insert";
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
  optional = false,
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
  optional?: boolean;
  mono?: boolean;
}) {
  const { ref, insert, restoreFocus } = useVariableInsert<HTMLInputElement & HTMLTextAreaElement>(
    value,
    onChange,
  );

  const aside = (
    <>
      {limit !== undefined ? <CharCounter length={value.length} limit={limit} /> : null}
      {variables ? <VariablePicker onPick={insert} onClosed={restoreFocus} /> : null}
    </>
  );
  return (
    <FieldShell path={path} label={label} optional={optional} aside={aside} hint={hint}>
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
