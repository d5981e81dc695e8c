"use client";

import type { KeyboardEvent, PointerEvent } from "react";
import { cn } from "@/components/ui/cn";

/**
 * A drag handle between two areas, also usable from the keyboard (arrows move 16 px). `edge`
 * says which side of the resized area it sits on, so dragging towards it grows the area.
 */
export function ResizeHandle({
  orientation,
  edge,
  size,
  min,
  max,
  label,
  onResize,
}: {
  orientation: "vertical" | "horizontal";
  edge: "start" | "end";
  size: number;
  min: number;
  max: number;
  label: string;
  onResize(size: number): void;
}) {
  const vertical = orientation === "vertical";
  const sign = edge === "start" ? -1 : 1;
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    const origin = vertical ? event.clientX : event.clientY;
    const from = size;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) => {
      onResize(from + sign * ((vertical ? e.clientX : e.clientY) - origin));
    };
    const up = () => {
      target.removeEventListener("pointermove", move);
      target.removeEventListener("pointerup", up);
      target.removeEventListener("pointercancel", up);
    };
    target.addEventListener("pointermove", move);
    target.addEventListener("pointerup", up);
    target.addEventListener("pointercancel", up);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const grow = vertical
      ? edge === "start"
        ? "ArrowLeft"
        : "ArrowRight"
      : edge === "start"
        ? "ArrowUp"
        : "ArrowDown";
    const shrink = vertical
      ? edge === "start"
        ? "ArrowRight"
        : "ArrowLeft"
      : edge === "start"
        ? "ArrowDown"
        : "ArrowUp";
    if (event.key === grow) onResize(size + 16);
    else if (event.key === shrink) onResize(size - 16);
    else return;
    event.preventDefault();
  };
  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      className={cn(
        "group bg-border hover:bg-primary/50 focus-visible:bg-primary relative z-10 shrink-0 touch-none transition-colors focus-visible:outline-none",
        vertical ? "w-px cursor-col-resize" : "h-px cursor-row-resize",
      )}
    >
      {/* A wider invisible grip than the 1 px line. */}
      <span
        aria-hidden
        className={cn("absolute", vertical ? "-inset-x-1.5 inset-y-0" : "inset-x-0 -inset-y-1.5")}
      />
    </div>
  );
}
