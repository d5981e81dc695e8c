import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/components/ui/cn";

const rowClass =
  "text-wa-link flex min-h-10 w-full items-center justify-center gap-1.5 border-t border-wa-divider px-3 py-2 text-center text-[14px] font-medium transition-colors hover:bg-black/[0.03] dark:hover:bg-white/[0.04] disabled:cursor-default disabled:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0";

/** A tappable line under an interactive message: reply button, list button, link, location. */
export function ActionRow({
  icon,
  className,
  children,
  ...props
}: ComponentProps<"button"> & { icon?: ReactNode }) {
  return (
    <button type="button" className={cn(rowClass, className)} {...props}>
      {icon}
      <span className="min-w-0 break-words">{children}</span>
    </button>
  );
}

export function ActionLink({
  icon,
  className,
  children,
  ...props
}: ComponentProps<"a"> & { icon?: ReactNode }) {
  return (
    <a
      className={cn(rowClass, className)}
      target="_blank"
      rel="noopener noreferrer nofollow"
      {...props}
    >
      {icon}
      <span className="min-w-0 break-words">{children}</span>
    </a>
  );
}
