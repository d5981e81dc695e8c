import { useTranslations } from "next-intl";
import { NumberField } from "../fields/number-field";
import { TextField } from "../fields/text-field";

/** Re-prompt text and attempts, shared by every node that waits for a usable answer. */
export function RetryFields<D extends { retryMessage: string; maxAttempts: number }>({
  data,
  onChange,
}: {
  data: D;
  onChange: (data: D) => void;
}) {
  const t = useTranslations("inspector");
  return (
    <>
      <TextField
        path="retryMessage"
        label={t("field.retryMessage")}
        value={data.retryMessage}
        multiline
        rows={2}
        variables
        hint={t("hint.retryMessage")}
        onChange={(retryMessage) => onChange({ ...data, retryMessage })}
      />
      <NumberField
        path="maxAttempts"
        label={t("field.maxAttempts")}
        value={data.maxAttempts}
        min={1}
        step={1}
        hint={t("hint.maxAttempts")}
        onChange={(maxAttempts) => {
          if (maxAttempts !== undefined)
            onChange({ ...data, maxAttempts: Math.round(maxAttempts) });
        }}
      />
    </>
  );
}
