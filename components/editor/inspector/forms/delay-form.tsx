import { useTranslations } from "next-intl";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import { FLOW_ENUMS } from "../flow-enums";
import type { FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";

export function DelayForm({ data, onChange }: FormProps<"delay">) {
  const t = useTranslations("inspector");
  const terms = useTranslations("nodeTerms");
  return (
    <InspectorSection>
      <div className="grid grid-cols-2 gap-3">
        <NumberField
          path="amount"
          label={t("field.waitFor")}
          value={data.amount}
          min={0}
          onChange={(amount) => {
            if (amount !== undefined) onChange({ ...data, amount });
          }}
        />
        <SelectField
          path="unit"
          label={t("field.unit")}
          value={data.unit}
          options={FLOW_ENUMS.timeUnits}
          optionLabel={(unit) => terms(`timeUnit.${unit}`)}
          onChange={(unit) => onChange({ ...data, unit })}
        />
      </div>
      <p className="text-muted-foreground text-xs">{t("hint.delay")}</p>
    </InspectorSection>
  );
}
