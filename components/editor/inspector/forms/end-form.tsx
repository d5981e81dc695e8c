import { useTranslations } from "next-intl";
import { LIMITS } from "@/lib/flow";
import { TextField } from "../fields/text-field";
import type { FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";

export function EndForm({ data, onChange }: FormProps<"end">) {
  const t = useTranslations("inspector");
  return (
    <InspectorSection>
      <TextField
        path="message"
        label={t("field.endMessage")}
        value={data.message}
        limit={LIMITS.textBody}
        multiline
        variables
        hint={t("hint.endMessage")}
        onChange={(message) => onChange({ ...data, message })}
      />
    </InspectorSection>
  );
}
