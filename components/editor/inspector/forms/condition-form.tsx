import { useTranslations } from "next-intl";
import { nodeRegistry, type ConditionBranch, type ConditionRule } from "@/lib/flow";
import { CheckboxField } from "../fields/checkbox-field";
import { ListEditor } from "../fields/list-editor";
import { PortIdField } from "../fields/port-id-field";
import { SelectField } from "../fields/select-field";
import { StringListField } from "../fields/string-list-field";
import { TextField } from "../fields/text-field";
import { VariableNameField } from "../fields/variable-name-field";
import { FLOW_ENUMS } from "../flow-enums";
import { variantDefault } from "../variant-default";
import { freshId, type FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";

const subjectSchema =
  nodeRegistry.condition.schema.shape.data.shape.branches.element.shape.groups.element.shape.rules
    .element.shape.subject;

type Group = ConditionBranch["groups"][number];

function defaults() {
  const branch = nodeRegistry.condition.meta.defaultData().branches[0];
  const group = branch?.groups[0];
  return { branch, group, rule: group?.rules[0] };
}

function newRule(): ConditionRule {
  const rule = defaults().rule;
  return (
    rule ?? {
      subject: variantDefault(subjectSchema, subjectSchema.options, "kind", "variable"),
      operator: "equals",
      value: "",
      values: [],
      caseSensitive: false,
    }
  );
}

function newGroup(): Group {
  return { ...(defaults().group ?? { match: "all" }), rules: [newRule()] };
}

/** The value box only means something for operators that compare with one (not is_set/is_empty…). */
function valueInput(operator: ConditionRule["operator"]): "value" | "values" | "none" {
  if (operator === "in_list" || operator === "not_in_list") return "values";
  return operator.startsWith("is_") ? "none" : "value";
}

function RuleFields({
  rule,
  at,
  onChange,
}: {
  rule: ConditionRule;
  at: string;
  onChange: (rule: ConditionRule) => void;
}) {
  const t = useTranslations("inspector");
  const { subject } = rule;
  const input = valueInput(rule.operator);
  return (
    <>
      <div className="grid gap-2">
        <SelectField
          path={`${at}.subject.kind`}
          label={t("field.subject")}
          value={subject.kind}
          options={FLOW_ENUMS.subjectKinds}
          optionLabel={(kind) => t(`subjectKind.${kind}`)}
          onChange={(kind) =>
            onChange({
              ...rule,
              subject: variantDefault(subjectSchema, subjectSchema.options, "kind", kind),
            })
          }
        />
        {subject.kind === "variable" ? (
          <VariableNameField
            path={`${at}.subject.name`}
            label={t("field.variable")}
            value={subject.name}
            onChange={(name) => onChange({ ...rule, subject: { ...subject, name } })}
          />
        ) : subject.kind === "contact" ? (
          <TextField
            path={`${at}.subject.field`}
            label={t("field.contactField")}
            value={subject.field}
            mono
            placeholder={FLOW_ENUMS.contactReferences.join(", ")}
            onChange={(field) => onChange({ ...rule, subject: { ...subject, field } })}
          />
        ) : null}
      </div>
      <SelectField
        path={`${at}.operator`}
        label={t("field.operator")}
        value={rule.operator}
        options={FLOW_ENUMS.operators}
        optionLabel={(operator) => t(`operator.${operator}`)}
        onChange={(operator) => onChange({ ...rule, operator })}
      />
      {input === "value" ? (
        <TextField
          path={`${at}.value`}
          label={rule.operator === "regex" ? t("field.pattern") : t("field.value")}
          value={rule.value}
          mono={rule.operator === "regex"}
          variables={rule.operator !== "regex"}
          onChange={(value) => onChange({ ...rule, value })}
        />
      ) : input === "values" ? (
        <StringListField
          path={`${at}.values`}
          label={t("field.values")}
          values={rule.values}
          addLabel={t("add.value")}
          onChange={(values) => onChange({ ...rule, values })}
        />
      ) : null}
      {input !== "none" ? (
        <CheckboxField
          path={`${at}.caseSensitive`}
          label={t("field.caseSensitive")}
          checked={rule.caseSensitive}
          onChange={(caseSensitive) => onChange({ ...rule, caseSensitive })}
        />
      ) : null}
    </>
  );
}

export function ConditionForm({ data, onChange }: FormProps<"condition">) {
  const t = useTranslations("inspector");
  const matchLabel = (mode: (typeof FLOW_ENUMS.matchModes)[number]) => t(`matchMode.${mode}`);
  return (
    <InspectorSection>
      <p className="text-muted-foreground text-xs">{t("hint.branches")}</p>
      <ListEditor
        path="branches"
        label={t("field.branches")}
        items={data.branches}
        addLabel={t("add.branch")}
        itemTitle={(branch, b) => branch.label || t("item.branch", { n: b + 1 })}
        create={() => {
          const { branch } = defaults();
          return {
            id: freshId(
              branch?.id ?? "branch_1",
              data.branches.map((x) => x.id),
            ),
            label: "",
            match: branch?.match ?? "any",
            groups: [newGroup()],
          };
        }}
        onChange={(branches) => onChange({ ...data, branches })}
        renderItem={(branch, b, updateBranch) => (
          <>
            <TextField
              path={`branches.${b}.label`}
              label={t("field.branchLabel")}
              value={branch.label}
              onChange={(label) => updateBranch({ ...branch, label })}
            />
            <SelectField
              path={`branches.${b}.match`}
              label={t("field.groupsMatch")}
              value={branch.match}
              options={FLOW_ENUMS.matchModes}
              optionLabel={matchLabel}
              onChange={(match) => updateBranch({ ...branch, match })}
            />
            <ListEditor
              nested
              path={`branches.${b}.groups`}
              label={t("field.groups")}
              items={branch.groups}
              addLabel={t("add.group")}
              itemTitle={(_, g) => t("item.group", { n: g + 1 })}
              create={newGroup}
              onChange={(groups) => updateBranch({ ...branch, groups })}
              renderItem={(group, g, updateGroup) => (
                <>
                  <SelectField
                    path={`branches.${b}.groups.${g}.match`}
                    label={t("field.rulesMatch")}
                    value={group.match}
                    options={FLOW_ENUMS.matchModes}
                    optionLabel={matchLabel}
                    onChange={(match) => updateGroup({ ...group, match })}
                  />
                  <ListEditor
                    nested
                    path={`branches.${b}.groups.${g}.rules`}
                    label={t("field.rules")}
                    items={group.rules}
                    addLabel={t("add.rule")}
                    itemTitle={(_, r) => t("item.rule", { n: r + 1 })}
                    create={newRule}
                    onChange={(rules) => updateGroup({ ...group, rules })}
                    renderItem={(rule, r, updateRule) => (
                      <RuleFields
                        rule={rule}
                        at={`branches.${b}.groups.${g}.rules.${r}`}
                        onChange={updateRule}
                      />
                    )}
                  />
                </>
              )}
            />
            <PortIdField
              path={`branches.${b}.id`}
              value={branch.id}
              onChange={(id) => updateBranch({ ...branch, id })}
            />
          </>
        )}
      />
    </InspectorSection>
  );
}
