"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/** A read-only value with a copy button, for things pasted into Meta's dashboard. */
export function CopyField({
  label,
  value,
  testId,
}: {
  label: string;
  value: string;
  testId?: string;
}) {
  const t = useTranslations("channels");
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <div className="grid min-w-0 gap-1">
      <span className="text-muted-foreground text-xs font-medium">{label}</span>
      <div className="bg-muted/60 flex min-w-0 items-center gap-1 rounded-md border py-0.5 pr-0.5 pl-3">
        <code
          className="min-w-0 flex-1 truncate font-mono text-xs"
          data-testid={testId}
          title={value}
        >
          {value}
        </code>
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label={t("copy", { what: label })}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setCopied(true);
            } catch {
              toast.error(t("copyFailed"));
            }
          }}
        >
          {copied ? <Check className="text-success" /> : <Copy />}
        </Button>
      </div>
    </div>
  );
}
