import { useTranslations } from "next-intl";
import { nodeRegistry } from "@/lib/flow";
import { ListEditor } from "../fields/list-editor";
import { PortIdField } from "../fields/port-id-field";
import { SelectField } from "../fields/select-field";
import { StringListField } from "../fields/string-list-field";
import { TextField } from "../fields/text-field";
import { FLOW_ENUMS } from "../flow-enums";
import { variantDefault } from "../variant-default";
import { freshId, type FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";

const buttonSchema = nodeRegistry.template.schema.shape.data.shape.buttons.unwrap().element;

export function TemplateForm({ data, onChange }: FormProps<"template">) {
  const t = useTranslations("inspector");
  const newButton = (kind: (typeof FLOW_ENUMS.templateButtonKinds)[number]) => {
    const button = variantDefault(buttonSchema, buttonSchema.options, "kind", kind);
    if (button.kind !== "quick_reply") return button;
    const taken = data.buttons.flatMap((b) => (b.kind === "quick_reply" ? [b.id] : []));
    return { ...button, id: freshId("reply_1", taken) };
  };
  return (
    <>
      <InspectorSection>
        <div className="grid grid-cols-[1fr_6rem] gap-3">
          <TextField
            path="name"
            label={t("field.templateName")}
            value={data.name}
            mono
            placeholder="order_shipped"
            onChange={(name) => onChange({ ...data, name })}
          />
          <TextField
            path="language"
            label={t("field.language")}
            value={data.language}
            mono
            onChange={(language) => onChange({ ...data, language })}
          />
        </div>
        <TextField
          path="bodyText"
          label={t("field.templateBody")}
          value={data.bodyText}
          multiline
          rows={3}
          hint={t("hint.templateBody")}
          onChange={(bodyText) => onChange({ ...data, bodyText })}
        />
      </InspectorSection>
      <InspectorSection title={t("section.parameters")}>
        <StringListField
          path="headerParams"
          label={t("field.headerParams")}
          values={data.headerParams}
          addLabel={t("add.parameter")}
          itemLabel={(i) => `{{${i + 1}}}`}
          variables
          onChange={(headerParams) => onChange({ ...data, headerParams })}
        />
        <StringListField
          path="bodyParams"
          label={t("field.bodyParams")}
          values={data.bodyParams}
          addLabel={t("add.parameter")}
          itemLabel={(i) => `{{${i + 1}}}`}
          hint={t("hint.params")}
          variables
          onChange={(bodyParams) => onChange({ ...data, bodyParams })}
        />
      </InspectorSection>
      <InspectorSection>
        <ListEditor
          path="buttons"
          label={t("field.templateButtons")}
          items={data.buttons}
          addLabel={t("add.button")}
          itemTitle={(_, i) => t("item.button", { n: i + 1 })}
          create={() => newButton("quick_reply")}
          onChange={(buttons) => onChange({ ...data, buttons })}
          renderItem={(button, i, update) => (
            <>
              <SelectField
                path={`buttons.${i}.kind`}
                label={t("field.buttonKind")}
                value={button.kind}
                options={FLOW_ENUMS.templateButtonKinds}
                optionLabel={(kind) => t(`templateButtonKind.${kind}`)}
                onChange={(kind) => update({ ...newButton(kind), title: button.title })}
              />
              <TextField
                path={`buttons.${i}.title`}
                label={t("field.buttonTitle")}
                value={button.title}
                onChange={(title) => update({ ...button, title })}
              />
              {button.kind === "quick_reply" ? (
                <PortIdField
                  path={`buttons.${i}.id`}
                  value={button.id}
                  onChange={(id) => update({ ...button, id })}
                />
              ) : (
                <TextField
                  path={`buttons.${i}.urlParam`}
                  label={t("field.urlParam")}
                  value={button.urlParam}
                  variables
                  hint={t("hint.urlParam")}
                  onChange={(urlParam) => update({ ...button, urlParam })}
                />
              )}
            </>
          )}
        />
      </InspectorSection>
    </>
  );
}
