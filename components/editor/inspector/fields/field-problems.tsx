import { CircleAlert, TriangleAlert } from "lucide-react";
import type { Problem } from "@/lib/flow";
import { cn } from "@/components/ui/cn";
import { pickLocalized } from "../../nodes/use-ui-locale";
import { useFieldProblems, useInspectorScope } from "../inspector-scope";

/** validateFlow's own messages for one field, in the UI language. */
export function FieldProblems({
  id,
  problems,
  tagFields = false,
}: {
  id?: string;
  problems: readonly Problem[];
  /** Marks each item with its problem's field, so the inspector can hide those shown inline. */
  tagFields?: boolean;
}) {
  const { locale } = useInspectorScope();
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="grid gap-1" data-testid="field-problems">
      {problems.map((p) => {
        const Icon = p.severity === "error" ? CircleAlert : TriangleAlert;
        return (
          <li
            key={p.id}
            data-problem-field={tagFields ? (p.field ?? "") : undefined}
            role={p.severity === "error" ? "alert" : undefined}
            className={cn(
              "flex items-start gap-1.5 text-xs font-medium",
              p.severity === "error" ? "text-destructive" : "text-amber-700 dark:text-amber-300",
            )}
          >
            <Icon className="mt-px size-3.5 shrink-0" aria-hidden />
            <span>{pickLocalized(p.message, locale)}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** The problems at `path`, for containers that are not a single field (a list item, a group). */
export function PathProblems({ path }: { path: string }) {
  return <FieldProblems problems={useFieldProblems(path)} />;
}
