import { useId, type ReactNode } from "react";
import { useFieldProblems } from "../inspector-scope";
import { FieldProblems } from "./field-problems";

export function CheckboxField({
  path,
  label,
  checked,
  onChange,
  hint,
}: {
  path: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
}) {
  const id = useId();
  const problems = useFieldProblems(path);
  return (
    <div className="grid gap-1" data-field={path}>
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          className="accent-primary mt-0.5 size-4 shrink-0"
        />
        <label htmlFor={id} className="grid gap-0.5 text-xs">
          <span className="font-medium">{label}</span>
          {hint ? <span className="text-muted-foreground">{hint}</span> : null}
        </label>
      </div>
      <FieldProblems problems={problems} />
    </div>
  );
}
