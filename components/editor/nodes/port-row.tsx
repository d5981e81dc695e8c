import { Handle, Position } from "@xyflow/react";
import { cn } from "@/components/ui/cn";

/**
 * One output port: its label beside a source handle whose id is lib/flow's port id, so an edge
 * drawn from it gets the right `sourceHandle`. Main-path (required) ports look like WhatsApp
 * buttons; optional ones (invalid answer, else, error…) are quieter.
 */
export function PortRow({
  id,
  label,
  required,
  heading,
  hasProblem,
  connectable,
  hideLabel = false,
}: {
  id: string;
  label: string;
  required: boolean;
  heading: string | undefined;
  hasProblem: boolean;
  connectable: boolean;
  /** Zoomed far out: keep the row's box (so edges stay put) but do not paint its text. */
  hideLabel?: boolean;
}) {
  return (
    <>
      {heading ? (
        <p
          className={cn(
            "text-muted-foreground truncate px-3 pt-1 text-[10px] font-semibold tracking-wide uppercase",
            hideLabel && "invisible",
          )}
        >
          {heading}
        </p>
      ) : null}
      <div
        className={cn("relative flex min-h-7 items-center px-3", !required && "justify-end")}
        data-port={id}
      >
        <span
          className={cn(
            "truncate text-xs",
            // lib/flow names a port after its id while the marketer has not typed a title yet.
            label === id && "text-muted-foreground font-mono font-normal italic",
            required
              ? "bg-card border-border text-foreground w-full rounded-md border px-2 py-1 text-center font-medium shadow-xs"
              : "text-muted-foreground pr-1",
            hasProblem && "border-destructive text-destructive",
          )}
        >
          <span className={hideLabel ? "invisible" : undefined}>{label}</span>
        </span>
        <Handle
          type="source"
          position={Position.Right}
          id={id}
          isConnectable={connectable}
          aria-label={label}
          className={cn(
            "border-card! size-3! border-2!",
            required ? "bg-primary!" : "bg-muted-foreground!",
            hasProblem && "bg-destructive!",
          )}
        />
      </div>
    </>
  );
}
