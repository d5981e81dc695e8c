import { useTranslations } from "next-intl";
import { LIMITS, nodeRegistry, type Answer } from "@/lib/flow";
import { CheckboxField } from "../fields/checkbox-field";
import { PathProblems } from "../fields/field-problems";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { VariableNameField } from "../fields/variable-name-field";
import { FLOW_ENUMS } from "../flow-enums";
import { variantDefault } from "../variant-default";
import type { FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";
import { RetryFields } from "./retry-fields";

const answerSchema = nodeRegistry.question.schema.shape.data.shape.answer.unwrap();

/** Yes/no with buttons is sent as an interactive message, whose body limit is lower. */
function promptLimit(answer: Answer): number {
  return answer.type === "yes_no" && answer.buttons ? LIMITS.interactiveBody : LIMITS.textBody;
}

function AnswerOptions({
  answer,
  onChange,
}: {
  answer: Answer;
  onChange: (answer: Answer) => void;
}) {
  const t = useTranslations("inspector");
  const terms = useTranslations("nodeTerms");
  switch (answer.type) {
    case "text":
      return (
        <div className="grid grid-cols-2 gap-3">
          <NumberField
            path="answer.minLength"
            label={t("field.minLength")}
            value={answer.minLength}
            optional
            min={0}
            step={1}
            onChange={(minLength) => onChange({ ...answer, minLength })}
          />
          <NumberField
            path="answer.maxLength"
            label={t("field.maxLength")}
            value={answer.maxLength}
            optional
            min={1}
            step={1}
            onChange={(maxLength) => onChange({ ...answer, maxLength })}
          />
        </div>
      );
    case "number":
      return (
        <>
          <div className="grid grid-cols-2 gap-3">
            <NumberField
              path="answer.min"
              label={t("field.min")}
              value={answer.min}
              optional
              onChange={(min) => onChange({ ...answer, min })}
            />
            <NumberField
              path="answer.max"
              label={t("field.max")}
              value={answer.max}
              optional
              onChange={(max) => onChange({ ...answer, max })}
            />
          </div>
          <CheckboxField
            path="answer.integer"
            label={t("field.integer")}
            checked={answer.integer}
            onChange={(integer) => onChange({ ...answer, integer })}
          />
        </>
      );
    case "phone":
      return (
        <TextField
          path="answer.defaultCountry"
          label={t("field.defaultCountry")}
          value={answer.defaultCountry}
          hint={t("hint.defaultCountry")}
          mono
          onChange={(defaultCountry) => onChange({ ...answer, defaultCountry })}
        />
      );
    case "date":
      return (
        <SelectField
          path="answer.order"
          label={t("field.dateOrder")}
          value={answer.order}
          options={FLOW_ENUMS.dateOrders}
          optionLabel={(order) => t(`dateOrder.${order}`)}
          onChange={(order) => onChange({ ...answer, order })}
        />
      );
    case "yes_no":
      return (
        <CheckboxField
          path="answer.buttons"
          label={t("field.yesNoButtons")}
          checked={answer.buttons}
          onChange={(buttons) => onChange({ ...answer, buttons })}
        />
      );
    case "media":
      return (
        <fieldset className="grid gap-1.5" data-field="answer.kinds">
          <legend className="mb-1.5 text-xs font-medium">{t("field.acceptedMedia")}</legend>
          <PathProblems path="answer.kinds" />
          {FLOW_ENUMS.answerMediaKinds.map((kind) => (
            <CheckboxField
              key={kind}
              path={`answer.kinds.${kind}`}
              label={terms(`media.${kind}`)}
              checked={answer.kinds.includes(kind)}
              onChange={(on) =>
                onChange({
                  ...answer,
                  kinds: on
                    ? FLOW_ENUMS.answerMediaKinds.filter(
                        (k) => k === kind || answer.kinds.includes(k),
                      )
                    : answer.kinds.filter((k) => k !== kind),
                })
              }
            />
          ))}
        </fieldset>
      );
    default:
      return null;
  }
}

export function QuestionForm({ data, onChange }: FormProps<"question">) {
  const t = useTranslations("inspector");
  const terms = useTranslations("nodeTerms");
  return (
    <>
      <InspectorSection>
        <TextField
          path="prompt"
          label={t("field.prompt")}
          value={data.prompt}
          limit={promptLimit(data.answer)}
          multiline
          rows={3}
          variables
          onChange={(prompt) => onChange({ ...data, prompt })}
        />
        <VariableNameField
          path="variable"
          label={t("field.saveAnswerIn")}
          value={data.variable}
          placeholder="email"
          onChange={(variable) => onChange({ ...data, variable })}
        />
      </InspectorSection>
      <InspectorSection title={t("section.answer")}>
        <SelectField
          path="answer.type"
          label={t("field.answerType")}
          value={data.answer.type}
          options={FLOW_ENUMS.answerTypes}
          optionLabel={(type) => terms(`answer.${type}`)}
          onChange={(type) =>
            onChange({
              ...data,
              answer: variantDefault(answerSchema, answerSchema.options, "type", type),
            })
          }
        />
        <AnswerOptions answer={data.answer} onChange={(answer) => onChange({ ...data, answer })} />
        <TextField
          path="skipWord"
          label={t("field.skipWord")}
          value={data.skipWord}
          hint={t("hint.skipWord")}
          onChange={(skipWord) => onChange({ ...data, skipWord })}
        />
        <NumberField
          path="timeoutMinutes"
          label={t("field.timeoutMinutes")}
          value={data.timeoutMinutes}
          min={0}
          hint={t("hint.timeoutMinutes")}
          suffix={terms("timeUnit.minutes")}
          onChange={(timeoutMinutes) => {
            if (timeoutMinutes !== undefined) onChange({ ...data, timeoutMinutes });
          }}
        />
      </InspectorSection>
      <InspectorSection title={t("section.retry")}>
        <RetryFields data={data} onChange={onChange} />
      </InspectorSection>
    </>
  );
}
