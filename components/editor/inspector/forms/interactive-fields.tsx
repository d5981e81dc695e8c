import { useTranslations } from "next-intl";
import { LIMITS } from "@/lib/flow";
import { TextField } from "../fields/text-field";

/** Header, body and footer of an interactive WhatsApp message, with WhatsApp's limits. */
export function InteractiveFields<D extends { header: string; body: string; footer: string }>({
  data,
  onChange,
}: {
  data: D;
  onChange: (data: D) => void;
}) {
  const t = useTranslations("inspector");
  return (
    <>
      <TextField
        path="header"
        label={t("field.header")}
        value={data.header}
        limit={LIMITS.header}
        onChange={(header) => onChange({ ...data, header })}
        optional
      />
      <TextField
        path="body"
        label={t("field.body")}
        value={data.body}
        limit={LIMITS.interactiveBody}
        multiline
        rows={4}
        variables
        onChange={(body) => onChange({ ...data, body })}
      />
      <TextField
        path="footer"
        label={t("field.footer")}
        value={data.footer}
        limit={LIMITS.footer}
        onChange={(footer) => onChange({ ...data, footer })}
        optional
      />
    </>
  );
}
