import { useId, type ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { useInspectorScope } from "../inspector-scope";
import { FieldShell } from "./field-shell";

/** A field that names a variable (where an answer is saved); suggests the flow's variables. */
export function VariableNameField({
  path,
  label,
  value,
  onChange,
  hint,
  optional = false,
  placeholder,
}: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  optional?: boolean;
  placeholder?: string;
}) {
  const listId = useId();
  const { variables } = useInspectorScope();
  return (
    <FieldShell path={path} label={label} optional={optional} hint={hint}>
      {(control) => (
        <>
          <Input
            {...control}
            list={listId}
            value={value}
            placeholder={placeholder}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => onChange(e.target.value)}
            className="font-mono text-xs"
          />
          <datalist id={listId}>
            {variables.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
    </FieldShell>
  );
}
