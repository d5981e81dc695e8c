import { useTranslations } from "next-intl";
import { nodeRegistry } from "@/lib/flow";
import { DiscountPoolField } from "../fields/discount-pool-field";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { VariableNameField } from "../fields/variable-name-field";
import { FLOW_ENUMS } from "../flow-enums";
import { variantDefault } from "../variant-default";
import type { FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";

const sourceSchema = nodeRegistry.discount_code.schema.shape.data.shape.source;

export function DiscountCodeForm({ data, onChange }: FormProps<"discount_code">) {
  const t = useTranslations("inspector");
  const { source } = data;
  return (
    <InspectorSection>
      <SelectField
        path="source.kind"
        label={t("field.codeSource")}
        value={source.kind}
        options={FLOW_ENUMS.discountSources}
        optionLabel={(kind) => t(`discountSource.${kind}`)}
        onChange={(kind) =>
          onChange({
            ...data,
            source: variantDefault(sourceSchema, sourceSchema.options, "kind", kind),
          })
        }
      />
      {source.kind === "pool" ? (
        <DiscountPoolField
          path="source.poolId"
          label={t("field.poolId")}
          value={source.poolId}
          onChange={(poolId) => onChange({ ...data, source: { ...source, poolId } })}
        />
      ) : (
        <TextField
          path="source.pattern"
          label={t("field.pattern")}
          value={source.pattern}
          mono
          hint={t("hint.codePattern")}
          onChange={(pattern) => onChange({ ...data, source: { ...source, pattern } })}
        />
      )}
      <VariableNameField
        path="variable"
        label={t("field.saveCodeIn")}
        value={data.variable}
        onChange={(variable) => onChange({ ...data, variable })}
      />
    </InspectorSection>
  );
}
