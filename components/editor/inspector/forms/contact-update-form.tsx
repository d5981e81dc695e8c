import { useTranslations } from "next-intl";
import { nodeRegistry } from "@/lib/flow";
import { ListEditor } from "../fields/list-editor";
import { SelectField } from "../fields/select-field";
import { StringListField } from "../fields/string-list-field";
import { TextField } from "../fields/text-field";
import { FLOW_ENUMS } from "../flow-enums";
import { freshItem, type FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";

const fieldSchema = nodeRegistry.contact_update.schema.shape.data.shape.fields.unwrap().element;

export function ContactUpdateForm({ data, onChange }: FormProps<"contact_update">) {
  const t = useTranslations("inspector");
  const terms = useTranslations("nodeTerms");
  return (
    <>
      <InspectorSection>
        <ListEditor
          path="fields"
          label={t("field.contactFields")}
          items={data.fields}
          addLabel={t("add.contactField")}
          itemTitle={(f, i) =>
            f.field === "custom"
              ? f.key || t("item.field", { n: i + 1 })
              : terms(`contactField.${f.field}`)
          }
          create={() => freshItem(fieldSchema)}
          onChange={(fields) => onChange({ ...data, fields })}
          renderItem={(field, i, update) => (
            <>
              <div className="grid grid-cols-2 gap-2">
                <SelectField
                  path={`fields.${i}.field`}
                  label={t("field.contactField")}
                  value={field.field}
                  options={FLOW_ENUMS.contactFields}
                  optionLabel={(name) => terms(`contactField.${name}`)}
                  onChange={(name) => update({ ...field, field: name })}
                />
                {field.field === "custom" ? (
                  <TextField
                    path={`fields.${i}.key`}
                    label={t("field.customKey")}
                    value={field.key}
                    mono
                    onChange={(key) => update({ ...field, key })}
                  />
                ) : null}
              </div>
              <TextField
                path={`fields.${i}.value`}
                label={t("field.value")}
                value={field.value}
                variables
                onChange={(value) => update({ ...field, value })}
              />
            </>
          )}
        />
      </InspectorSection>
      <InspectorSection title={t("section.tags")}>
        <StringListField
          path="addTags"
          label={t("field.addTags")}
          values={data.addTags}
          addLabel={t("add.tag")}
          onChange={(addTags) => onChange({ ...data, addTags })}
        />
        <StringListField
          path="removeTags"
          label={t("field.removeTags")}
          values={data.removeTags}
          addLabel={t("add.tag")}
          onChange={(removeTags) => onChange({ ...data, removeTags })}
        />
        <SelectField
          path="optIn"
          label={t("field.optIn")}
          value={data.optIn}
          options={FLOW_ENUMS.optIn}
          optionLabel={(value) => terms(`optIn.${value}`)}
          onChange={(optIn) => onChange({ ...data, optIn })}
        />
      </InspectorSection>
    </>
  );
}
