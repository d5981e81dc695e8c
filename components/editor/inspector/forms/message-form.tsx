import { useTranslations } from "next-intl";
import { LIMITS, nodeRegistry } from "@/lib/flow";
import { CheckboxField } from "../fields/checkbox-field";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { FLOW_ENUMS } from "../flow-enums";
import { freshItem, type FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";

const mediaSchema = nodeRegistry.message.schema.shape.data.shape.media.unwrap();

export function MessageForm({ data, onChange }: FormProps<"message">) {
  const t = useTranslations("inspector");
  const terms = useTranslations("nodeTerms");
  const { media } = data;
  return (
    <>
      <InspectorSection>
        <TextField
          path="text"
          label={t("field.text")}
          value={data.text}
          limit={LIMITS.textBody}
          multiline
          rows={6}
          variables
          hint={t("hint.formatting")}
          onChange={(text) => onChange({ ...data, text })}
        />
        <CheckboxField
          path="previewUrl"
          label={t("field.previewUrl")}
          checked={data.previewUrl}
          onChange={(previewUrl) => onChange({ ...data, previewUrl })}
        />
      </InspectorSection>
      <InspectorSection title={t("section.media")}>
        <CheckboxField
          path="media"
          label={t("field.attachMedia")}
          checked={media !== undefined}
          onChange={(on) => {
            if (on) onChange({ ...data, media: freshItem(mediaSchema) });
            else {
              const { media: _removed, ...rest } = data;
              onChange(rest);
            }
          }}
        />
        {media ? (
          <>
            <SelectField
              path="media.kind"
              label={t("field.mediaKind")}
              value={media.kind}
              options={FLOW_ENUMS.mediaKinds}
              optionLabel={(kind) => terms(`media.${kind}`)}
              onChange={(kind) => onChange({ ...data, media: { ...media, kind } })}
            />
            <TextField
              path="media.url"
              label={t("field.mediaUrl")}
              value={media.url}
              variables
              mono
              placeholder="https://"
              onChange={(url) => onChange({ ...data, media: { ...media, url } })}
            />
            {media.kind !== "audio" ? (
              <TextField
                path="media.caption"
                label={t("field.caption")}
                value={media.caption}
                limit={LIMITS.mediaCaption}
                multiline
                rows={2}
                variables
                onChange={(caption) => onChange({ ...data, media: { ...media, caption } })}
              />
            ) : null}
            {media.kind === "document" ? (
              <TextField
                path="media.filename"
                label={t("field.filename")}
                value={media.filename}
                onChange={(filename) => onChange({ ...data, media: { ...media, filename } })}
              />
            ) : null}
          </>
        ) : null}
      </InspectorSection>
    </>
  );
}
