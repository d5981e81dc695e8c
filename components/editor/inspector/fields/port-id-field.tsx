import { useTranslations } from "next-intl";
import { useFieldProblems } from "../inspector-scope";
import { TextField } from "./text-field";

/**
 * The id of an item that is also an output port (button, row, branch). Tucked away because
 * marketers rarely need it (the store moves the item's connection along with a new id); open when
 * validation has something to say about it.
 */
export function PortIdField({
  path,
  value,
  limit,
  onChange,
}: {
  path: string;
  value: string;
  limit?: number;
  onChange: (value: string) => void;
}) {
  const t = useTranslations("inspector");
  const problems = useFieldProblems(path);
  return (
    <details className="group text-xs" open={problems.length > 0 || undefined}>
      <summary className="text-muted-foreground hover:text-foreground w-fit cursor-pointer select-none">
        {t("portIdSummary")} <code className="font-mono">{value}</code>
      </summary>
      <div className="mt-2">
        <TextField
          path={path}
          label={t("field.portId")}
          value={value}
          limit={limit}
          mono
          hint={t("hint.portId")}
          onChange={onChange}
        />
      </div>
    </details>
  );
}
