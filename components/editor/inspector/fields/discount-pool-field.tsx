"use client";

import { ExternalLink } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useDiscountPools } from "@/components/discounts/discount-pools-context";
import { cn } from "@/components/ui/cn";
import { fieldControlClass } from "@/components/ui/input";
import { FieldShell } from "./field-shell";
import { TextField } from "./text-field";

/**
 * Picks one of the workspace's discount code pools by name (the flow stores its id). Outside the
 * editor, where the pools are not loaded, it shows the id as text.
 */
export function DiscountPoolField({
  path,
  label,
  value,
  onChange,
}: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (poolId: string) => void;
}) {
  const t = useTranslations("inspector.discountPool");
  const context = useDiscountPools();
  if (context === null) {
    return <TextField path={path} label={label} value={value} mono onChange={onChange} />;
  }
  const pools = context.pools ?? [];
  const chosen = pools.find((pool) => pool.id === value);
  const missing = value !== "" && context.pools !== null && chosen === undefined;
  const hint = missing
    ? t("missing")
    : chosen && chosen.available === 0
      ? t("empty")
      : pools.length === 0 && context.pools !== null
        ? t("none")
        : undefined;
  return (
    <FieldShell
      path={path}
      label={label}
      hint={hint}
      aside={
        <a
          href={context.manageHref}
          target="_blank"
          rel="noreferrer"
          className="text-primary inline-flex items-center gap-1 text-xs font-medium hover:underline"
        >
          {t("manage")}
          <ExternalLink className="size-3" />
        </a>
      }
    >
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={cn(fieldControlClass, "h-9 pr-8")}
        >
          <option value="">{t("choose")}</option>
          {missing ? <option value={value}>{t("deleted")}</option> : null}
          {pools.map((pool) => (
            <option key={pool.id} value={pool.id}>
              {t("option", { name: pool.name, available: pool.available })}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
