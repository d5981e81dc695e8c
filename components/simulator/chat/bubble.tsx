import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { BubbleTail } from "./bubble-tail";

interface BubbleProps {
  side: "in" | "out";
  /** First of a run from the same sender: gets the tail. */
  tail?: boolean;
  /** Time and ticks, bottom right. */
  meta?: ReactNode;
  /**
   * `inline`: the content ends with a `MetaSpacer` (text); `below`: the time gets a line of its
   * own (cards); `overlay`: over a photo, no room needed.
   */
  metaPlacement?: "inline" | "below" | "overlay";
  /** Parts attached under the bubble (reply buttons, list button…), inside the same card. */
  actions?: ReactNode;
  /** Media fills the bubble almost edge to edge. */
  flush?: boolean;
  className?: string;
  children: ReactNode;
  "data-testid"?: string;
}

export function Bubble({
  side,
  tail = false,
  meta,
  metaPlacement = "inline",
  actions,
  flush = false,
  className,
  children,
  "data-testid": testId,
}: BubbleProps) {
  return (
    <div
      className={cn(
        "relative w-fit max-w-[85%] min-w-24 rounded-lg shadow-[0_1px_0.5px_rgb(11_20_26/0.13)]",
        side === "in" ? "bg-wa-incoming mr-auto" : "bg-wa-outgoing ml-auto",
        tail && (side === "in" ? "rounded-tl-none" : "rounded-tr-none"),
        className,
      )}
      data-testid={testId}
      data-side={side}
    >
      {tail ? <BubbleTail side={side} /> : null}
      <div
        className={cn(
          "text-wa-text relative text-[14.2px] leading-[19px]",
          flush ? "p-1" : "px-2 pt-1.5 pb-2",
        )}
      >
        {children}
        {meta && metaPlacement === "below" ? <span aria-hidden className="block h-3" /> : null}
        {meta ? (
          <span className={cn("absolute", flush ? "right-2.5 bottom-2" : "right-2 bottom-1")}>
            {meta}
          </span>
        ) : null}
      </div>
      {actions}
    </div>
  );
}
