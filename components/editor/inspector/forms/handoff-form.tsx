import { useTranslations } from "next-intl";
import { LIMITS } from "@/lib/flow";
import { TextField } from "../fields/text-field";
import type { FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";

export function HandoffForm({ data, onChange }: FormProps<"handoff">) {
  const t = useTranslations("inspector");
  return (
    <InspectorSection>
      <TextField
        path="message"
        label={t("field.handoffMessage")}
        value={data.message}
        limit={LIMITS.textBody}
        multiline
        variables
        hint={t("hint.handoffMessage")}
        onChange={(message) => onChange({ ...data, message })}
      />
      <TextField
        path="team"
        label={t("field.team")}
        value={data.team}
        hint={t("hint.team")}
        onChange={(team) => onChange({ ...data, team })}
      />
      <TextField
        path="note"
        label={t("field.note")}
        value={data.note}
        multiline
        rows={2}
        variables
        hint={t("hint.note")}
        onChange={(note) => onChange({ ...data, note })}
      />
    </InspectorSection>
  );
}
