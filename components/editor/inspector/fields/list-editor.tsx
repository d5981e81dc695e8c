"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useFieldProblems } from "../inspector-scope";
import { FieldProblems, PathProblems } from "./field-problems";

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * Add, remove and reorder the items of a list in the node's data (buttons, rows, branches…). `max`
 * is WhatsApp's limit: going past it is allowed, so the limit problem shows instead of a dead button.
 */
export function ListEditor<T>({
  path,
  label,
  items,
  onChange,
  create,
  renderItem,
  itemTitle,
  addLabel,
  max,
  nested = false,
}: {
  path: string;
  label: ReactNode;
  items: readonly T[];
  onChange: (items: T[]) => void;
  create: () => T;
  renderItem: (item: T, index: number, update: (item: T) => void) => ReactNode;
  itemTitle: (item: T, index: number) => ReactNode;
  addLabel: string;
  max?: number;
  nested?: boolean;
}) {
  const t = useTranslations("inspector");
  const problems = useFieldProblems(path);
  const update = (index: number) => (item: T) =>
    onChange(items.map((existing, i) => (i === index ? item : existing)));
  return (
    <section
      className="grid gap-2"
      data-field={path}
      aria-label={typeof label === "string" ? label : undefined}
    >
      <div className="flex items-center justify-between gap-2">
        <h4 className="text-xs font-semibold">{label}</h4>
        {max !== undefined ? (
          <span
            className={cn(
              "text-[11px] tabular-nums",
              items.length > max ? "text-destructive font-semibold" : "text-muted-foreground",
            )}
          >
            {items.length}/{max}
          </span>
        ) : null}
      </div>
      <FieldProblems problems={problems} />
      <ol className="grid gap-2">
        {items.map((item, index) => (
          <li
            key={index}
            data-field={`${path}.${index}`}
            className={cn(
              "grid gap-2 rounded-lg border p-2.5",
              nested ? "bg-background/60" : "bg-muted/40",
            )}
          >
            <div className="flex items-center gap-1">
              <span className="text-muted-foreground min-w-0 flex-1 truncate text-[11px] font-semibold tracking-wide uppercase">
                {itemTitle(item, index)}
              </span>
              <Button
                variant="ghost"
                size="icon-sm"
                className="size-6"
                aria-label={t("moveUp")}
                disabled={index === 0}
                onClick={() => onChange(move(items, index, index - 1))}
              >
                <ArrowUp className="size-3.5!" />
              </Button>
              <Button
                variant="ghost"
                size="icon-sm"
                className="size-6"
                aria-label={t("moveDown")}
                disabled={index === items.length - 1}
                onClick={() => onChange(move(items, index, index + 1))}
              >
                <ArrowDown className="size-3.5!" />
              </Button>
              <Button
                variant="ghost"
                size="icon-sm"
                className="hover:text-destructive size-6"
                aria-label={t("remove")}
                onClick={() => onChange(items.filter((_, i) => i !== index))}
              >
                <Trash2 className="size-3.5!" />
              </Button>
            </div>
            <PathProblems path={`${path}.${index}`} />
            {renderItem(item, index, update(index))}
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        size="sm"
        className="w-full border-dashed"
        onClick={() => onChange([...items, create()])}
      >
        <Plus />
        {addLabel}
      </Button>
    </section>
  );
}
