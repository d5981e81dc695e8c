import { cn } from "@/components/ui/cn";

export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden className={cn("size-8", className)}>
      <rect width="64" height="64" rx="16" className="fill-primary" />
      <path
        d="M18 22a8 8 0 0 1 8-8h16a8 8 0 0 1 8 8v12a8 8 0 0 1-8 8H31l-8.5 7.2A1.5 1.5 0 0 1 20 48v-6.3A8 8 0 0 1 18 34z"
        className="fill-primary-foreground"
      />
      <circle cx="27" cy="28" r="2.6" className="fill-primary" />
      <circle cx="34" cy="28" r="2.6" className="fill-primary" />
      <circle cx="41" cy="28" r="2.6" className="fill-primary" />
    </svg>
  );
}

export function Logo({ className }: { className?: string }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-2 text-lg font-semibold tracking-tight",
        className,
      )}
    >
      <LogoMark className="size-7" />
      Sohbet
    </span>
  );
}
