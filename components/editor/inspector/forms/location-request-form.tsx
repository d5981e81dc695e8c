import { useTranslations } from "next-intl";
import { LIMITS } from "@/lib/flow";
import { TextField } from "../fields/text-field";
import { VariableNameField } from "../fields/variable-name-field";
import type { FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";
import { RetryFields } from "./retry-fields";

export function LocationRequestForm({ data, onChange }: FormProps<"location_request">) {
  const t = useTranslations("inspector");
  return (
    <>
      <InspectorSection>
        <TextField
          path="body"
          label={t("field.body")}
          value={data.body}
          limit={LIMITS.interactiveBody}
          multiline
          variables
          onChange={(body) => onChange({ ...data, body })}
        />
        <VariableNameField
          path="variable"
          label={t("field.saveLocationIn")}
          value={data.variable}
          hint={t("hint.locationVariable")}
          onChange={(variable) => onChange({ ...data, variable })}
        />
      </InspectorSection>
      <InspectorSection title={t("section.retry")}>
        <RetryFields data={data} onChange={onChange} />
      </InspectorSection>
    </>
  );
}
