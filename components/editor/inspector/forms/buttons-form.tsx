import { useTranslations } from "next-intl";
import { LIMITS, nodeRegistry } from "@/lib/flow";
import { ListEditor } from "../fields/list-editor";
import { PortIdField } from "../fields/port-id-field";
import { TextField } from "../fields/text-field";
import { freshId, type FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";
import { InteractiveFields } from "./interactive-fields";
import { RetryFields } from "./retry-fields";

export function ButtonsForm({ data, onChange }: FormProps<"buttons">) {
  const t = useTranslations("inspector");
  return (
    <>
      <InspectorSection>
        <InteractiveFields data={data} onChange={onChange} />
      </InspectorSection>
      <InspectorSection>
        <ListEditor
          path="buttons"
          label={t("field.buttons")}
          items={data.buttons}
          max={LIMITS.buttonsMax}
          addLabel={t("add.button")}
          itemTitle={(_, i) => t("item.button", { n: i + 1 })}
          create={() => {
            const template = nodeRegistry.buttons.meta.defaultData().buttons[0];
            return {
              id: freshId(
                template?.id ?? "btn_1",
                data.buttons.map((b) => b.id),
              ),
              title: template?.title ?? "",
            };
          }}
          onChange={(buttons) => onChange({ ...data, buttons })}
          renderItem={(button, i, update) => (
            <>
              <TextField
                path={`buttons.${i}.title`}
                label={t("field.buttonTitle")}
                value={button.title}
                limit={LIMITS.buttonTitle}
                variables
                onChange={(title) => update({ ...button, title })}
              />
              <PortIdField
                path={`buttons.${i}.id`}
                value={button.id}
                limit={LIMITS.buttonId}
                onChange={(id) => update({ ...button, id })}
              />
            </>
          )}
        />
      </InspectorSection>
      <InspectorSection title={t("section.retry")}>
        <RetryFields data={data} onChange={onChange} />
      </InspectorSection>
    </>
  );
}
