import { useTranslations } from "next-intl";
import { MAX_HTTP_TIMEOUT_MS, nodeRegistry } from "@/lib/flow";
import { ListEditor } from "../fields/list-editor";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { VariableNameField } from "../fields/variable-name-field";
import { FLOW_ENUMS } from "../flow-enums";
import { freshItem, type FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";

const shape = nodeRegistry.http_request.schema.shape.data.shape;
const headerSchema = shape.headers.unwrap().element;
const mappingSchema = shape.mappings.unwrap().element;

export function HttpRequestForm({ data, onChange }: FormProps<"http_request">) {
  const t = useTranslations("inspector");
  return (
    <>
      <InspectorSection>
        <div className="grid gap-3">
          <SelectField
            path="method"
            label={t("field.method")}
            value={data.method}
            options={FLOW_ENUMS.httpMethods}
            optionLabel={(method) => method}
            onChange={(method) => onChange({ ...data, method })}
          />
          <TextField
            path="url"
            label={t("field.url")}
            value={data.url}
            mono
            variables
            placeholder="https://"
            onChange={(url) => onChange({ ...data, url })}
          />
        </div>
        <ListEditor
          path="headers"
          label={t("field.headers")}
          items={data.headers}
          addLabel={t("add.header")}
          itemTitle={(h, i) => h.name || t("item.header", { n: i + 1 })}
          create={() => freshItem(headerSchema)}
          onChange={(headers) => onChange({ ...data, headers })}
          renderItem={(header, i, update) => (
            <div className="grid grid-cols-2 gap-2">
              <TextField
                path={`headers.${i}.name`}
                label={t("field.headerName")}
                value={header.name}
                mono
                onChange={(name) => update({ ...header, name })}
              />
              <TextField
                path={`headers.${i}.value`}
                label={t("field.headerValue")}
                value={header.value}
                mono
                variables
                onChange={(value) => update({ ...header, value })}
              />
            </div>
          )}
        />
        {data.method !== "GET" ? (
          <TextField
            path="body"
            label={t("field.requestBody")}
            value={data.body}
            multiline
            rows={5}
            mono
            variables
            hint={t("hint.requestBody")}
            onChange={(body) => onChange({ ...data, body })}
          />
        ) : null}
        <NumberField
          path="timeoutMs"
          label={t("field.timeoutMs")}
          value={data.timeoutMs}
          min={1}
          max={MAX_HTTP_TIMEOUT_MS}
          step={500}
          suffix="ms"
          onChange={(timeoutMs) => {
            if (timeoutMs !== undefined) onChange({ ...data, timeoutMs: Math.round(timeoutMs) });
          }}
        />
      </InspectorSection>
      <InspectorSection title={t("section.response")}>
        <ListEditor
          path="mappings"
          label={t("field.mappings")}
          items={data.mappings}
          addLabel={t("add.mapping")}
          itemTitle={(m, i) => m.variable || t("item.mapping", { n: i + 1 })}
          create={() => freshItem(mappingSchema)}
          onChange={(mappings) => onChange({ ...data, mappings })}
          renderItem={(mapping, i, update) => (
            <div className="grid grid-cols-2 gap-2">
              <TextField
                path={`mappings.${i}.path`}
                label={t("field.jsonPath")}
                value={mapping.path}
                mono
                placeholder="$.order.status"
                onChange={(path) => update({ ...mapping, path })}
              />
              <VariableNameField
                path={`mappings.${i}.variable`}
                label={t("field.variable")}
                value={mapping.variable}
                onChange={(variable) => update({ ...mapping, variable })}
              />
            </div>
          )}
        />
        <VariableNameField
          path="statusVariable"
          label={t("field.statusVariable")}
          value={data.statusVariable}
          optional
          onChange={(statusVariable) => onChange({ ...data, statusVariable })}
        />
      </InspectorSection>
    </>
  );
}
