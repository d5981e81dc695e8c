"use client";

import { Search } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { memo, useMemo, useState, type DragEvent } from "react";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { nodeRegistry, type NodeType } from "@/lib/flow";
import { PALETTE_DRAG_TYPE } from "../canvas/palette-drag";
import { groupStyle } from "../node-group-style";
import { NodeIcon } from "../node-icon";
import { paletteSections } from "./palette-search";

interface NodePaletteProps {
  /** Click (or Enter) adds the node at the centre of the view. */
  onAdd: (type: NodeType) => void;
}

const PaletteItem = memo(function PaletteItem({
  type,
  locale,
  onAdd,
}: {
  type: NodeType;
  locale: "en" | "tr";
  onAdd: (type: NodeType) => void;
}) {
  const meta = nodeRegistry[type].meta;
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_DRAG_TYPE, type);
    event.dataTransfer.effectAllowed = "copy";
  };
  return (
    <button
      type="button"
      draggable
      onDragStart={onDragStart}
      onClick={() => onAdd(type)}
      title={meta.description[locale]}
      data-testid={`palette-item-${type}`}
      className="hover:bg-muted focus-visible:bg-muted group flex w-full cursor-grab items-center gap-2.5 rounded-lg px-2 py-1.5 text-left transition-colors active:cursor-grabbing"
    >
      <span
        className={cn(
          "grid size-8 shrink-0 place-items-center rounded-lg",
          groupStyle[meta.group].tile,
        )}
      >
        <NodeIcon type={type} className="size-4" />
      </span>
      <span className="min-w-0">
        <span className="block truncate text-sm font-medium">{meta.label[locale]}</span>
        <span className="text-muted-foreground block truncate text-xs">
          {meta.description[locale]}
        </span>
      </span>
    </button>
  );
});

/** Every node type from the registry, grouped and searchable; drag onto the canvas or click. */
export function NodePalette({ onAdd }: NodePaletteProps) {
  const t = useTranslations("editor.palette");
  const locale = useLocale() === "tr" ? "tr" : "en";
  const [query, setQuery] = useState("");
  const sections = useMemo(() => paletteSections(query), [query]);
  return (
    <aside
      className="bg-card flex w-64 shrink-0 flex-col border-r"
      aria-label={t("title")}
      data-testid="node-palette"
    >
      <div className="grid gap-2 border-b p-3">
        <h2 className="text-sm font-semibold">{t("title")}</h2>
        <div className="relative">
          <Search className="text-muted-foreground pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2" />
          <Input
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t("search")}
            aria-label={t("search")}
            className="h-8 pl-8"
          />
        </div>
      </div>
      <div className="flex-1 overflow-y-auto p-2">
        {sections.length === 0 ? (
          <p className="text-muted-foreground px-2 py-6 text-center text-sm">
            {t("noResults", { query })}
          </p>
        ) : (
          sections.map((section) => (
            <section key={section.group} className="mb-3" aria-label={t(`groups.${section.group}`)}>
              <h3 className="text-muted-foreground px-2 pt-1 pb-1 text-[11px] font-semibold tracking-wider uppercase">
                {t(`groups.${section.group}`)}
              </h3>
              {section.types.map((type) => (
                <PaletteItem key={type} type={type} locale={locale} onAdd={onAdd} />
              ))}
            </section>
          ))
        )}
      </div>
      <p className="text-muted-foreground border-t px-3 py-2 text-xs">{t("hint")}</p>
    </aside>
  );
}
