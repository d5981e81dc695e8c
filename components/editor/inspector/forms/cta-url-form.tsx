import { useTranslations } from "next-intl";
import { LIMITS } from "@/lib/flow";
import { TextField } from "../fields/text-field";
import type { FormProps } from "./form-kit";
import { InspectorSection } from "./inspector-section";
import { InteractiveFields } from "./interactive-fields";

export function CtaUrlForm({ data, onChange }: FormProps<"cta_url">) {
  const t = useTranslations("inspector");
  return (
    <>
      <InspectorSection>
        <InteractiveFields data={data} onChange={onChange} />
      </InspectorSection>
      <InspectorSection title={t("section.link")}>
        <TextField
          path="label"
          label={t("field.linkLabel")}
          value={data.label}
          limit={LIMITS.ctaLabel}
          variables
          onChange={(label) => onChange({ ...data, label })}
        />
        <TextField
          path="url"
          label={t("field.url")}
          value={data.url}
          mono
          variables
          placeholder="https://"
          hint={t("hint.urlTemplate")}
          onChange={(url) => onChange({ ...data, url })}
        />
      </InspectorSection>
    </>
  );
}
