import { useTranslations } from "next-intl";
import { useId, type ReactElement, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { useFieldProblems } from "../inspector-scope";
import { FieldProblems } from "./field-problems";

export interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}

/** Label, control, hint and the field's validation problems, wired for screen readers. */
export function FieldShell({
  path,
  label,
  aside,
  hint,
  className,
  optional = false,
  children,
}: {
  /** Where the value sits in the node's data; problems with this `field` show here. */
  path: string;
  label: ReactNode;
  aside?: ReactNode;
  hint?: ReactNode;
  className?: string;
  /** Says "optional" beside the label. */
  optional?: boolean;
  children: (control: ControlProps) => ReactElement;
}) {
  const t = useTranslations("inspector");
  const id = useId();
  const problems = useFieldProblems(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const problemsId = problems.length > 0 ? `${id}-problems` : undefined;
  const describedBy = [hintId, problemsId].filter(Boolean).join(" ") || undefined;
  const invalid = problems.some((p) => p.severity === "error");
  return (
    <div className={cn("grid gap-1.5", className)} data-field={path}>
      <div className="flex min-h-5 items-center justify-between gap-2">
        <label htmlFor={id} className="text-xs font-medium">
          {label}
          {optional ? (
            <span className="text-muted-foreground ml-1.5 font-normal">{t("optional")}</span>
          ) : null}
        </label>
        {aside ? <div className="flex items-center gap-1">{aside}</div> : null}
      </div>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": invalid || undefined })}
      {hint ? (
        <p id={hintId} className="text-muted-foreground text-xs">
          {hint}
        </p>
      ) : null}
      <FieldProblems id={problemsId} problems={problems} />
    </div>
  );
}
