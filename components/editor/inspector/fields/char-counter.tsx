import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

/** Characters used against a WhatsApp limit (lib/flow LIMITS); red past it, amber close to it. */
export function CharCounter({ length, limit }: { length: number; limit: number }) {
  const t = useTranslations("inspector");
  const over = length > limit;
  return (
    <span
      data-testid="char-counter"
      aria-label={t("charCount", { length, limit })}
      className={cn(
        "text-[11px] tabular-nums",
        over
          ? "text-destructive font-semibold"
          : length >= limit * 0.9
            ? "text-amber-700 dark:text-amber-300"
            : "text-muted-foreground",
      )}
    >
      {length}/{limit}
    </span>
  );
}
