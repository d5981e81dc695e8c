"use client";

import { useTranslations } from "next-intl";
import { CopyField } from "./copy-field";

/** The few clicks in Meta's dashboard that point WhatsApp at this channel. */
export function MetaSetupSteps({
  webhookUrl,
  verifyToken,
}: {
  webhookUrl: string;
  verifyToken: string | null;
}) {
  const t = useTranslations("channels.setup");
  const steps = ["open", "callback", "verify", "subscribe", "test"] as const;
  return (
    <div className="grid gap-3">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <CopyField label={t("webhookUrl")} value={webhookUrl} testId="channel-webhook-url" />
        {verifyToken ? (
          <CopyField label={t("verifyToken")} value={verifyToken} testId="channel-verify-token" />
        ) : null}
      </div>
      <ol className="grid gap-2 text-sm">
        {steps.map((step, i) => (
          <li key={step} className="flex gap-3">
            <span className="bg-primary-soft text-primary grid size-5 shrink-0 place-items-center rounded-full text-xs font-semibold">
              {i + 1}
            </span>
            <span className="text-muted-foreground [&_b]:text-foreground [&_b]:font-medium">
              {t.rich(step, { b: (chunks) => <b>{chunks}</b> })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
