"use client";

import { Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useFieldProblems } from "../inspector-scope";
import { useVariableInsert } from "./use-variable-insert";
import { VariablePicker } from "./variable-picker";
import { FieldProblems } from "./field-problems";

/** A short list of strings (keywords, tags, template parameters), one input per item. */
export function StringListField({
  path,
  label,
  values,
  onChange,
  addLabel,
  placeholder,
  itemLabel,
  hint,
  variables = false,
}: {
  path: string;
  label: ReactNode;
  values: readonly string[];
  onChange: (values: string[]) => void;
  addLabel: string;
  placeholder?: string;
  /** Accessible name (and visible prefix) of each item, e.g. `{{1}}` for template parameters. */
  itemLabel?: (index: number) => string;
  hint?: ReactNode;
  /** Offer the variable picker beside each item (template parameters). */
  variables?: boolean;
}) {
  const t = useTranslations("inspector");
  const problems = useFieldProblems(path);
  return (
    <div className="grid gap-1.5" data-field={path}>
      <p className="text-xs font-medium">{label}</p>
      {hint ? <p className="text-muted-foreground text-xs">{hint}</p> : null}
      <FieldProblems problems={problems} />
      {values.map((value, index) => (
        <ItemRow key={index} path={`${path}.${index}`}>
          {itemLabel ? (
            <span className="text-muted-foreground w-8 shrink-0 font-mono text-[11px]">
              {itemLabel(index)}
            </span>
          ) : null}
          <ItemInput
            value={value}
            placeholder={placeholder}
            label={itemLabel ? itemLabel(index) : `${String(label)} ${index + 1}`}
            variables={variables}
            onChange={(next) => onChange(values.map((v, i) => (i === index ? next : v)))}
          />
          <Button
            variant="ghost"
            size="icon-sm"
            aria-label={t("remove")}
            onClick={() => onChange(values.filter((_, i) => i !== index))}
          >
            <X />
          </Button>
        </ItemRow>
      ))}
      <Button
        variant="secondary"
        size="sm"
        className="w-fit border-dashed"
        onClick={() => onChange([...values, ""])}
      >
        <Plus />
        {addLabel}
      </Button>
    </div>
  );
}

function ItemRow({ path, children }: { path: string; children: ReactNode }) {
  const problems = useFieldProblems(path);
  return (
    <div className="grid gap-1" data-field={path}>
      <div className="flex items-center gap-1.5">{children}</div>
      <FieldProblems problems={problems} />
    </div>
  );
}

function ItemInput({
  value,
  placeholder,
  label,
  variables,
  onChange,
}: {
  value: string;
  placeholder?: string;
  label: string;
  variables: boolean;
  onChange: (value: string) => void;
}) {
  const { ref, insert, restoreFocus } = useVariableInsert<HTMLInputElement>(value, onChange);
  return (
    <>
      <Input
        ref={ref}
        value={value}
        placeholder={placeholder}
        aria-label={label}
        onChange={(e) => onChange(e.target.value)}
        className="h-8"
      />
      {variables ? <VariablePicker onPick={insert} onClosed={restoreFocus} /> : null}
    </>
  );
}
