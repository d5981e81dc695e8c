import type { ReactNode } from "react";
import { fieldControlClass } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { FieldShell } from "./field-shell";

/** One of lib/flow's enum values, each shown with its translated label. */
export function SelectField<T extends string>({
  path,
  label,
  value,
  options,
  optionLabel,
  onChange,
  hint,
}: {
  path: string;
  label: ReactNode;
  value: T;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
  hint?: ReactNode;
}) {
  return (
    <FieldShell path={path} label={label} hint={hint}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => {
            const next = options.find((o) => o === e.target.value);
            if (next !== undefined) onChange(next);
          }}
          className={cn(fieldControlClass, "h-9 pr-8")}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
