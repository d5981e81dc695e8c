"use client";

import { MessageCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The editor header's switch for the simulator pane. */
export function SimulatorToggle({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const t = useTranslations("simulator.editor");
  return (
    <Button
      variant={open ? "primary" : "secondary"}
      size="sm"
      aria-pressed={open}
      onClick={onToggle}
      data-testid="simulator-toggle"
    >
      <MessageCircle />
      {t("toggle")}
    </Button>
  );
}
