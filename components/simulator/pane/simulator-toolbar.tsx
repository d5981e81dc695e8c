"use client";

import { Bug, Clock, FastForward, Play, RotateCcw, X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Tooltip } from "@/components/ui/tooltip";

const HOUR = 3_600_000;
/** Steps of the clock menu: an hour, past the 24-hour window, a week. */
export const CLOCK_STEPS = [
  { ms: HOUR, key: "advance1h" },
  { ms: 25 * HOUR, key: "advance25h" },
  { ms: 7 * 24 * HOUR, key: "advance7d" },
] as const;

function IconButton({
  label,
  onClick,
  disabled,
  pressed,
  children,
}: {
  label: string;
  onClick(): void;
  disabled?: boolean;
  pressed?: boolean;
  children: ReactNode;
}) {
  return (
    <Tooltip content={label} side="bottom">
      <Button
        variant="ghost"
        size="icon-sm"
        aria-label={label}
        aria-pressed={pressed}
        disabled={disabled}
        onClick={onClick}
        className={cn(pressed && "bg-muted text-primary")}
      >
        {children}
      </Button>
    </Tooltip>
  );
}

/** The simulator's own controls, above the chat: restart, start here, time, debug. */
export function SimulatorToolbar({
  clock,
  busy,
  canSkipDelay,
  canStartFromSelected,
  debugOpen,
  onRestart,
  onStartFromSelected,
  onSkipDelay,
  onAdvanceClock,
  onToggleDebug,
  onClose,
}: {
  clock: number;
  busy: boolean;
  canSkipDelay: boolean;
  canStartFromSelected: boolean;
  debugOpen: boolean;
  onRestart(): void;
  onStartFromSelected(): void;
  onSkipDelay(): void;
  onAdvanceClock(ms: number): void;
  onToggleDebug(): void;
  onClose?(): void;
}) {
  const t = useTranslations("simulator.toolbar");
  const format = useFormatter();
  return (
    <div
      className="bg-card flex h-11 shrink-0 items-center gap-0.5 border-b px-2"
      data-testid="simulator-toolbar"
    >
      <h2 className="mr-auto truncate pl-1 text-sm font-semibold">{t("title")}</h2>
      <span
        className="text-muted-foreground mr-1 hidden items-center gap-1 text-xs tabular-nums sm:inline-flex"
        title={t("clock")}
        data-testid="simulator-clock"
      >
        <Clock className="size-3.5" />
        {format.dateTime(clock, { weekday: "short", hour: "2-digit", minute: "2-digit" })}
      </span>
      <IconButton label={t("restart")} onClick={onRestart} disabled={busy}>
        <RotateCcw />
      </IconButton>
      <IconButton
        label={canStartFromSelected ? t("startFromSelected") : t("startFromSelectedHint")}
        onClick={onStartFromSelected}
        disabled={busy || !canStartFromSelected}
      >
        <Play />
      </IconButton>
      <IconButton label={t("skipDelay")} onClick={onSkipDelay} disabled={busy || !canSkipDelay}>
        <FastForward />
      </IconButton>
      <DropdownMenu>
        <Tooltip content={t("advanceClock")} side="bottom">
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" size="icon-sm" aria-label={t("advanceClock")} disabled={busy}>
              <Clock />
            </Button>
          </DropdownMenuTrigger>
        </Tooltip>
        <DropdownMenuContent align="end">
          <DropdownMenuLabel>{t("advanceClock")}</DropdownMenuLabel>
          {CLOCK_STEPS.map((step) => (
            <DropdownMenuItem key={step.key} onSelect={() => onAdvanceClock(step.ms)}>
              {t(step.key)}
            </DropdownMenuItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      <IconButton label={t("debug")} onClick={onToggleDebug} pressed={debugOpen}>
        <Bug />
      </IconButton>
      {onClose ? (
        <IconButton label={t("close")} onClick={onClose}>
          <X />
        </IconButton>
      ) : null}
    </div>
  );
}
