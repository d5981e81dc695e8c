"use client";

import { useLocale, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { isNodeType, nodeRegistry } from "@/lib/flow";
import type { VersionJson } from "@/lib/publishing/api-schemas";

type Changes = VersionJson["changes"];

/** "2 added · 1 removed · 3 edited", with the nodes named on hover and for screen readers. */
export function ChangeSummary({ changes }: { changes: Changes }) {
  const t = useTranslations("publishing.changes");
  const locale = useLocale() === "tr" ? "tr" : "en";
  const name = (node: { id: string; type: string }) =>
    isNodeType(node.type) ? `${nodeRegistry[node.type].meta.label[locale]} “${node.id}”` : node.id;
  if (changes.initial) {
    return (
      <span className="text-muted-foreground text-sm">
        {t("initial", { count: changes.added.length })}
      </span>
    );
  }
  const parts = [
    { key: "added", nodes: changes.added, className: "text-success" },
    { key: "removed", nodes: changes.removed, className: "text-destructive" },
    { key: "edited", nodes: changes.edited, className: "text-foreground" },
  ] as const;
  const shown = parts.filter((part) => part.nodes.length > 0);
  const connections = changes.connectionsAdded + changes.connectionsRemoved;
  if (shown.length === 0 && connections === 0 && !changes.settingsChanged) {
    return <span className="text-muted-foreground text-sm">{t("none")}</span>;
  }
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm" data-testid="change-summary">
      {shown.map((part) => (
        <li key={part.key} title={part.nodes.map(name).join(", ")}>
          <span className={cn("font-medium", part.className)}>
            {t(part.key, { count: part.nodes.length })}
          </span>
          <span className="text-muted-foreground">
            {" "}
            ({part.nodes.slice(0, 3).map(name).join(", ")}
            {part.nodes.length > 3 ? `, ${t("more", { count: part.nodes.length - 3 })}` : ""})
          </span>
        </li>
      ))}
      {connections > 0 ? (
        <li className="text-muted-foreground">{t("connections", { count: connections })}</li>
      ) : null}
      {changes.settingsChanged ? <li className="text-muted-foreground">{t("settings")}</li> : null}
    </ul>
  );
}
