"use client";

import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PayloadViolation } from "@/lib/whatsapp/client/validate-cloud-api-payload";
import { describeViolation, type ViolationField } from "./describe-violation";

/**
 * Under a message WhatsApp would refuse: what breaks which limit. Live sending would fail with
 * the same codes, so the marketer fixes it here rather than finding out from a customer.
 */
export function LimitReport({ violations }: { violations: PayloadViolation[] }) {
  const t = useTranslations("simulator.limits");
  const fields = useTranslations("simulator.fields");
  if (violations.length === 0) return null;
  const label = (field: ViolationField) =>
    "n" in field ? fields(field.key, { n: field.n }) : fields(field.key);
  return (
    <div
      role="note"
      className="mt-1 max-w-[85%] rounded-md border border-red-500/30 bg-red-50 px-2 py-1.5 text-xs text-red-900 dark:bg-red-950/60 dark:text-red-100"
      data-testid="limit-report"
    >
      <p className="flex items-center gap-1 font-semibold">
        <TriangleAlert className="size-3.5 shrink-0" />
        {t("refused")}
      </p>
      <ul className="mt-1 grid gap-0.5">
        {violations.map((v, i) => {
          const d = describeViolation(v);
          const what = label(d.field);
          return (
            <li key={i} title={d.detail}>
              {d.problem === "too_long"
                ? t("tooLong", { what, actual: d.actual ?? 0, limit: d.limit ?? 0 })
                : d.problem === "too_many"
                  ? t("tooMany", { what, actual: d.actual ?? 0, limit: d.limit ?? 0 })
                  : d.problem === "missing"
                    ? t("missing", { what })
                    : t("invalid", { what, detail: d.detail })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
