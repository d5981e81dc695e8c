"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { isValidVariableName, type JsonValue } from "@/lib/flow";
import { parseVariableInput, variableInputText } from "./parse-variable-input";

function ValueCell({
  name,
  value,
  disabled,
  onSave,
}: {
  name: string;
  value: JsonValue | undefined;
  disabled: boolean;
  onSave(value: JsonValue): void;
}) {
  const t = useTranslations("simulator.debug");
  const shown = value === undefined ? "" : variableInputText(value);
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== shown) onSave(parseVariableInput(draft));
    setDraft(null);
  };
  return (
    <Input
      value={draft ?? shown}
      placeholder={value === undefined ? t("unset") : undefined}
      disabled={disabled}
      aria-label={t("valueOf", { name })}
      className="h-7 font-mono text-xs"
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.currentTarget.blur();
        if (e.key === "Escape") setDraft(null);
      }}
    />
  );
}

/**
 * The session's variables, live and editable: a changed value is what the next step reads, so a
 * marketer can try a branch without typing the whole conversation again.
 */
export function VariablesEditor({
  variables,
  declared,
  disabled,
  onSet,
}: {
  variables: Record<string, JsonValue>;
  /** Variables the flow declares, listed even before they have a value. */
  declared: string[];
  /** No session yet: nothing to edit. */
  disabled: boolean;
  onSet(name: string, value: JsonValue): void;
}) {
  const t = useTranslations("simulator.debug");
  const [name, setName] = useState("");
  const [value, setValue] = useState("");
  const names = [...new Set([...declared, ...Object.keys(variables)])].sort((a, b) =>
    a.localeCompare(b),
  );
  const nameError = name !== "" && !isValidVariableName(name);
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!name || nameError) return;
    onSet(name, parseVariableInput(value));
    setName("");
    setValue("");
  };
  return (
    <div className="grid gap-2 p-3" data-testid="variables-editor">
      {disabled ? <p className="text-muted-foreground text-xs">{t("noSession")}</p> : null}
      {names.length > 0 ? (
        <table className="w-full text-xs">
          <tbody>
            {names.map((n) => (
              <tr key={n}>
                <th
                  scope="row"
                  className="w-2/5 py-0.5 pr-2 text-left align-middle font-mono font-medium break-all"
                >
                  {n}
                </th>
                <td className="py-0.5">
                  <ValueCell
                    key={variableInputText(variables[n] ?? null)}
                    name={n}
                    value={variables[n]}
                    disabled={disabled}
                    onSave={(v) => onSet(n, v)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-muted-foreground text-xs">{t("noVariables")}</p>
      )}
      <form className="flex items-center gap-1.5" onSubmit={add}>
        <Input
          value={name}
          disabled={disabled}
          aria-label={t("newName")}
          aria-invalid={nameError || undefined}
          placeholder={t("newName")}
          className="h-7 w-2/5 font-mono text-xs"
          onChange={(e) => setName(e.target.value)}
        />
        <Input
          value={value}
          disabled={disabled}
          aria-label={t("newValue")}
          placeholder={t("newValue")}
          className="h-7 flex-1 font-mono text-xs"
          onChange={(e) => setValue(e.target.value)}
        />
        <Button
          type="submit"
          size="icon-sm"
          variant="secondary"
          disabled={disabled || !name || nameError}
          aria-label={t("addVariable")}
        >
          <Plus />
        </Button>
      </form>
    </div>
  );
}
