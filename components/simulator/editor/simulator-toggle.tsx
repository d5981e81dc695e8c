"use client";

import { MessageCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** The editor header's switch for the simulator pane. */
export function SimulatorToggle({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const t = useTranslations("simulator.editor");
  return (
    <Button
      variant="secondary"
      size="sm"
      aria-pressed={open}
      onClick={onToggle}
      data-testid="simulator-toggle"
      className={cn(open && "bg-primary/10 text-primary hover:bg-primary/15")}
    >
      <MessageCircle />
      {t("toggle")}
    </Button>
  );
}
