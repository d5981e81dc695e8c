import { useTranslations } from "next-intl";
import { nodeRegistry, type Assignment } from "@/lib/flow";
import { CheckboxField } from "../fields/checkbox-field";
import { PathProblems } from "../fields/field-problems";
import { ListEditor } from "../fields/list-editor";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { VariableNameField } from "../fields/variable-name-field";
import { FLOW_ENUMS } from "../flow-enums";
import { variantDefault } from "../variant-default";
import type { FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";

const valueSchema =
  nodeRegistry.set_variable.schema.shape.data.shape.assignments.element.shape.value;

function ValueFields({
  value,
  at,
  onChange,
}: {
  value: Assignment["value"];
  at: string;
  onChange: (value: Assignment["value"]) => void;
}) {
  const t = useTranslations("inspector");
  const terms = useTranslations("nodeTerms");
  switch (value.kind) {
    case "literal":
      return typeof value.value === "boolean" ? (
        <CheckboxField
          path={`${at}.value`}
          label={t("field.value")}
          checked={value.value}
          onChange={(checked) => onChange({ ...value, value: checked })}
        />
      ) : (
        <TextField
          path={`${at}.value`}
          label={t("field.value")}
          value={String(value.value)}
          onChange={(text) => onChange({ ...value, value: text })}
        />
      );
    case "template":
      return (
        <TextField
          path={`${at}.template`}
          label={t("field.text")}
          value={value.template}
          variables
          multiline
          rows={2}
          onChange={(template) => onChange({ ...value, template })}
        />
      );
    case "math":
      return (
        <TextField
          path={`${at}.expression`}
          label={t("field.expression")}
          value={value.expression}
          mono
          hint={t("hint.expression")}
          onChange={(expression) => onChange({ ...value, expression })}
        />
      );
    case "date":
      return (
        <>
          <VariableNameField
            path={`${at}.from`}
            label={t("field.dateFrom")}
            value={value.from}
            hint={t("hint.dateFrom")}
            onChange={(from) => onChange({ ...value, from })}
          />
          <div className="grid grid-cols-2 gap-2">
            <NumberField
              path={`${at}.offset`}
              label={t("field.offset")}
              value={value.offset}
              onChange={(offset) => {
                if (offset !== undefined) onChange({ ...value, offset });
              }}
            />
            <SelectField
              path={`${at}.offsetUnit`}
              label={t("field.unit")}
              value={value.offsetUnit}
              options={FLOW_ENUMS.timeUnits}
              optionLabel={(unit) => terms(`timeUnit.${unit}`)}
              onChange={(offsetUnit) => onChange({ ...value, offsetUnit })}
            />
          </div>
          <TextField
            path={`${at}.format`}
            label={t("field.dateFormat")}
            value={value.format}
            mono
            hint={t("hint.dateFormat")}
            onChange={(format) => onChange({ ...value, format })}
          />
          <div className="grid gap-2">
            <TextField
              path={`${at}.timeZone`}
              label={t("field.timeZone")}
              value={value.timeZone}
              mono
              placeholder="Europe/Istanbul"
              onChange={(timeZone) => onChange({ ...value, timeZone })}
            />
            <SelectField
              path={`${at}.locale`}
              label={t("field.dateLocale")}
              value={value.locale}
              options={FLOW_ENUMS.dateLocales}
              optionLabel={(locale) => t(`dateLocale.${locale}`)}
              onChange={(locale) => onChange({ ...value, locale })}
            />
          </div>
        </>
      );
    case "random_code":
      return (
        <>
          <div className="grid grid-cols-2 gap-2">
            <NumberField
              path={`${at}.length`}
              label={t("field.codeLength")}
              value={value.length}
              min={1}
              step={1}
              onChange={(length) => {
                if (length !== undefined) onChange({ ...value, length: Math.round(length) });
              }}
            />
            <SelectField
              path={`${at}.alphabet`}
              label={t("field.alphabet")}
              value={value.alphabet}
              options={FLOW_ENUMS.alphabets}
              optionLabel={(alphabet) => t(`alphabet.${alphabet}`)}
              onChange={(alphabet) => onChange({ ...value, alphabet })}
            />
          </div>
          <TextField
            path={`${at}.prefix`}
            label={t("field.prefix")}
            value={value.prefix}
            mono
            onChange={(prefix) => onChange({ ...value, prefix })}
          />
        </>
      );
  }
}

export function SetVariableForm({ data, onChange }: FormProps<"set_variable">) {
  const t = useTranslations("inspector");
  const terms = useTranslations("nodeTerms");
  return (
    <InspectorSection>
      <ListEditor
        path="assignments"
        label={t("field.assignments")}
        items={data.assignments}
        addLabel={t("add.assignment")}
        itemTitle={(a, i) => a.variable || t("item.assignment", { n: i + 1 })}
        create={() =>
          nodeRegistry.set_variable.meta.defaultData().assignments[0] ?? {
            variable: "",
            value: variantDefault(valueSchema, valueSchema.options, "kind", "literal"),
          }
        }
        onChange={(assignments) => onChange({ ...data, assignments })}
        renderItem={(assignment, i, update) => (
          <>
            <VariableNameField
              path={`assignments.${i}.variable`}
              label={t("field.variable")}
              value={assignment.variable}
              onChange={(variable) => update({ ...assignment, variable })}
            />
            <SelectField
              path={`assignments.${i}.value.kind`}
              label={t("field.valueKind")}
              value={assignment.value.kind}
              options={FLOW_ENUMS.assignmentKinds}
              optionLabel={(kind) => terms(`assignment.${kind}`)}
              onChange={(kind) =>
                update({
                  ...assignment,
                  value: variantDefault(valueSchema, valueSchema.options, "kind", kind),
                })
              }
            />
            <div className="grid gap-3" data-field={`assignments.${i}.value`}>
              <PathProblems path={`assignments.${i}.value`} />
              <ValueFields
                value={assignment.value}
                at={`assignments.${i}.value`}
                onChange={(value) => update({ ...assignment, value })}
              />
            </div>
          </>
        )}
      />
    </InspectorSection>
  );
}
