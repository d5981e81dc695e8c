"use client";

import { Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useFieldProblems } from "../inspector-scope";
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
          <Input
            value={value}
            placeholder={placeholder}
            aria-label={itemLabel ? itemLabel(index) : `${String(label)} ${index + 1}`}
            onChange={(e) => onChange(values.map((v, i) => (i === index ? e.target.value : v)))}
            className="h-8"
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
