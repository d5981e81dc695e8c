import { useTranslations } from "next-intl";
import { LIMITS, nodeRegistry, type ListData } from "@/lib/flow";
import { ListEditor } from "../fields/list-editor";
import { PortIdField } from "../fields/port-id-field";
import { TextField } from "../fields/text-field";
import { freshId, type FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";
import { InteractiveFields } from "./interactive-fields";
import { RetryFields } from "./retry-fields";

type Row = ListData["sections"][number]["rows"][number];

function newRow(data: ListData, also: Row[] = []): Row {
  const template = nodeRegistry.list.meta.defaultData().sections[0]?.rows[0];
  const taken = [...data.sections.flatMap((s) => s.rows), ...also].map((r) => r.id);
  return {
    id: freshId(template?.id ?? "row_1", taken),
    title: template?.title ?? "",
    description: template?.description ?? "",
  };
}

export function ListForm({ data, onChange }: FormProps<"list">) {
  const t = useTranslations("inspector");
  const rowCount = data.sections.reduce((n, s) => n + s.rows.length, 0);
  return (
    <>
      <InspectorSection>
        <InteractiveFields data={data} onChange={onChange} />
        <TextField
          path="buttonLabel"
          label={t("field.listButtonLabel")}
          value={data.buttonLabel}
          limit={LIMITS.listButtonLabel}
          hint={t("hint.listButtonLabel")}
          onChange={(buttonLabel) => onChange({ ...data, buttonLabel })}
        />
      </InspectorSection>
      <InspectorSection>
        <p className="text-muted-foreground text-xs">
          {t("rowCount", { count: rowCount, max: LIMITS.listRowsMax })}
        </p>
        <ListEditor
          path="sections"
          label={t("field.sections")}
          items={data.sections}
          max={LIMITS.listSectionsMax}
          addLabel={t("add.section")}
          itemTitle={(section, i) => section.title || t("item.section", { n: i + 1 })}
          create={() => ({ title: "", rows: [newRow(data)] })}
          onChange={(sections) => onChange({ ...data, sections })}
          renderItem={(section, s, updateSection) => (
            <>
              <TextField
                path={`sections.${s}.title`}
                label={t("field.sectionTitle")}
                value={section.title}
                limit={LIMITS.listSectionTitle}
                onChange={(title) => updateSection({ ...section, title })}
              />
              <ListEditor
                nested
                path={`sections.${s}.rows`}
                label={t("field.rows")}
                items={section.rows}
                addLabel={t("add.row")}
                itemTitle={(_, r) => t("item.row", { n: r + 1 })}
                create={() => newRow(data)}
                onChange={(rows) => updateSection({ ...section, rows })}
                renderItem={(row, r, updateRow) => (
                  <>
                    <TextField
                      path={`sections.${s}.rows.${r}.title`}
                      label={t("field.rowTitle")}
                      value={row.title}
                      limit={LIMITS.listRowTitle}
                      variables
                      onChange={(title) => updateRow({ ...row, title })}
                    />
                    <TextField
                      path={`sections.${s}.rows.${r}.description`}
                      label={t("field.rowDescription")}
                      value={row.description}
                      limit={LIMITS.listRowDescription}
                      variables
                      onChange={(description) => updateRow({ ...row, description })}
                    />
                    <PortIdField
                      path={`sections.${s}.rows.${r}.id`}
                      value={row.id}
                      limit={LIMITS.listRowId}
                      onChange={(id) => updateRow({ ...row, id })}
                    />
                  </>
                )}
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
