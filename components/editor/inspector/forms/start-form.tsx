import { useTranslations } from "next-intl";
import { nodeRegistry } from "@/lib/flow";
import { SelectField } from "../fields/select-field";
import { StringListField } from "../fields/string-list-field";
import { TextField } from "../fields/text-field";
import { FLOW_ENUMS } from "../flow-enums";
import { variantDefault } from "../variant-default";
import type { FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";

const triggerSchema = nodeRegistry.start.schema.shape.data.shape.trigger;

export function StartForm({ data, onChange }: FormProps<"start">) {
  const t = useTranslations("inspector");
  const { trigger } = data;
  return (
    <InspectorSection>
      <TextField
        path="label"
        label={t("field.startLabel")}
        value={data.label}
        hint={t("hint.startLabel")}
        onChange={(label) => onChange({ ...data, label })}
      />
      <SelectField
        path="trigger.kind"
        label={t("field.trigger")}
        value={trigger.kind}
        options={FLOW_ENUMS.triggerKinds}
        optionLabel={(kind) => t(`triggerKind.${kind}`)}
        onChange={(kind) =>
          onChange({
            ...data,
            trigger: variantDefault(triggerSchema, triggerSchema.options, "kind", kind),
          })
        }
      />
      {trigger.kind === "keyword" ? (
        <>
          <SelectField
            path="trigger.match"
            label={t("field.keywordMatch")}
            value={trigger.match}
            options={FLOW_ENUMS.keywordMatch}
            optionLabel={(match) => t(`keywordMatch.${match}`)}
            onChange={(match) => onChange({ ...data, trigger: { ...trigger, match } })}
          />
          <StringListField
            path="trigger.keywords"
            label={t("field.keywords")}
            values={trigger.keywords}
            addLabel={t("add.keyword")}
            placeholder={t("placeholder.keyword")}
            onChange={(keywords) => onChange({ ...data, trigger: { ...trigger, keywords } })}
          />
        </>
      ) : null}
      {trigger.kind === "ad" ? (
        <StringListField
          path="trigger.adIds"
          label={t("field.adIds")}
          values={trigger.adIds}
          addLabel={t("add.adId")}
          hint={t("hint.adIds")}
          onChange={(adIds) => onChange({ ...data, trigger: { ...trigger, adIds } })}
        />
      ) : null}
    </InspectorSection>
  );
}
