"use client";

import { Check, Pencil, Plus, Trash2, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";
import { renameVariable, type Flow, type FlowVariable } from "@/lib/flow";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { variableNameError, type VariableNameError } from "./variable-name-error";
import { variableUsage } from "./variable-usage";

export interface VariablesPanelProps {
  flow: Flow;
  readOnly: boolean;
  /** The whole new document after a change (renames touch every node that uses the variable). */
  onChange: (flow: Flow) => void;
}

function NameError({ error }: { error: VariableNameError | null }) {
  const t = useTranslations("variablesPanel");
  if (error === null) return null;
  return (
    <p role="alert" className="text-destructive text-xs font-medium">
      {t(`error.${error}`)}
    </p>
  );
}

function VariableRow({
  flow,
  variable,
  uses,
  readOnly,
  onChange,
}: {
  flow: Flow;
  variable: FlowVariable;
  uses: number;
  readOnly: boolean;
  onChange: (flow: Flow) => void;
}) {
  const t = useTranslations("variablesPanel");
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const renameError = renaming === null ? null : variableNameError(flow, renaming, variable.name);

  const update = (patch: Partial<FlowVariable>) =>
    onChange({
      ...flow,
      variables: flow.variables.map((v) => (v.name === variable.name ? { ...v, ...patch } : v)),
    });
  const remove = () =>
    onChange({ ...flow, variables: flow.variables.filter((v) => v.name !== variable.name) });
  const commitRename = (event: FormEvent) => {
    event.preventDefault();
    if (renaming === null || renameError !== null) return;
    onChange(renameVariable(flow, variable.name, renaming));
    setRenaming(null);
  };

  return (
    <li
      className="grid gap-2 rounded-lg border p-3"
      data-testid="variable-row"
      data-name={variable.name}
    >
      {renaming === null ? (
        <div className="flex items-center gap-2">
          <code className="bg-primary-soft text-primary min-w-0 truncate rounded px-1.5 py-0.5 text-xs font-semibold">
            {variable.name}
          </code>
          <span className="text-muted-foreground flex-1 text-xs">{t("uses", { count: uses })}</span>
          {readOnly ? null : (
            <>
              <Button
                variant="ghost"
                size="icon-sm"
                className="size-7"
                aria-label={t("rename", { name: variable.name })}
                onClick={() => setRenaming(variable.name)}
              >
                <Pencil />
              </Button>
              <Button
                variant="ghost"
                size="icon-sm"
                className="hover:text-destructive size-7"
                aria-label={t("delete", { name: variable.name })}
                onClick={() => (uses > 0 ? setConfirmDelete(true) : remove())}
              >
                <Trash2 />
              </Button>
            </>
          )}
        </div>
      ) : (
        <form className="grid gap-1.5" onSubmit={commitRename}>
          <div className="flex items-center gap-1.5">
            <Input
              autoFocus
              value={renaming}
              aria-label={t("newName")}
              aria-invalid={renameError !== null || undefined}
              spellCheck={false}
              onChange={(e) => setRenaming(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Escape") setRenaming(null);
              }}
              className="h-8 font-mono text-xs"
            />
            <Button
              type="submit"
              size="icon-sm"
              aria-label={t("saveName")}
              disabled={renameError !== null}
            >
              <Check />
            </Button>
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label={t("cancel")}
              onClick={() => setRenaming(null)}
            >
              <X />
            </Button>
          </div>
          <NameError error={renameError} />
          {uses > 0 ? (
            <p className="text-muted-foreground text-xs">{t("renameUpdates", { count: uses })}</p>
          ) : null}
        </form>
      )}
      <div className="grid grid-cols-2 gap-2">
        <Input
          value={variable.description ?? ""}
          placeholder={t("description")}
          aria-label={t("descriptionOf", { name: variable.name })}
          disabled={readOnly}
          onChange={(e) =>
            update({ description: e.target.value === "" ? undefined : e.target.value })
          }
          className="h-8 text-xs"
        />
        <Input
          value={variable.defaultValue === undefined ? "" : String(variable.defaultValue)}
          placeholder={t("defaultValue")}
          aria-label={t("defaultValueOf", { name: variable.name })}
          disabled={readOnly}
          onChange={(e) =>
            update({ defaultValue: e.target.value === "" ? undefined : e.target.value })
          }
          className="h-8 text-xs"
        />
      </div>
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={t("deleteTitle", { name: variable.name })}
        description={t("deleteStillUsed", { name: variable.name, count: uses })}
        confirmLabel={t("deleteConfirm")}
        cancelLabel={t("cancel")}
        destructive
        onConfirm={() => {
          setConfirmDelete(false);
          remove();
        }}
      />
    </li>
  );
}

/**
 * The flow's declared variables: create (lib/flow's naming rules), rename everywhere they are used
 * (lib/flow renameVariable), describe, give a default, delete (warning while still in use). Names
 * that nodes use without a declaration are listed so they can be declared in one click.
 */
export function VariablesPanel({ flow, readOnly, onChange }: VariablesPanelProps) {
  const t = useTranslations("variablesPanel");
  const usage = useMemo(() => variableUsage(flow), [flow]);
  const [draft, setDraft] = useState("");
  const [tried, setTried] = useState(false);
  const draftError = variableNameError(flow, draft.trim());
  const declared = new Set(flow.variables.map((v) => v.name));
  const undeclared = [...usage.entries()]
    .filter(([name]) => !declared.has(name))
    .sort(([a], [b]) => a.localeCompare(b));

  const declare = (name: string) => onChange({ ...flow, variables: [...flow.variables, { name }] });
  const create = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (draftError !== null) return;
    declare(draft.trim());
    setDraft("");
    setTried(false);
  };

  return (
    <div className="grid gap-4 p-4" data-testid="variables-panel">
      {readOnly ? null : (
        <form className="grid gap-1.5" onSubmit={create} noValidate>
          <div className="flex gap-1.5">
            <Input
              value={draft}
              placeholder={t("namePlaceholder")}
              aria-label={t("newVariable")}
              aria-invalid={(tried && draftError !== null) || undefined}
              spellCheck={false}
              onChange={(e) => setDraft(e.target.value)}
              className="h-8 font-mono text-xs"
            />
            <Button type="submit" size="sm">
              <Plus />
              {t("add")}
            </Button>
          </div>
          <NameError error={tried || draft !== "" ? draftError : null} />
          <p className="text-muted-foreground text-xs">{t("nameRules")}</p>
        </form>
      )}
      {flow.variables.length === 0 ? (
        <p className="text-muted-foreground py-4 text-center text-sm">{t("empty")}</p>
      ) : (
        <ul className="grid gap-2">
          {flow.variables.map((variable) => (
            <VariableRow
              key={variable.name}
              flow={flow}
              variable={variable}
              uses={usage.get(variable.name)?.count ?? 0}
              readOnly={readOnly}
              onChange={onChange}
            />
          ))}
        </ul>
      )}
      {undeclared.length > 0 ? (
        <section className="grid gap-2">
          <h3 className="text-muted-foreground text-[11px] font-semibold tracking-wide uppercase">
            {t("undeclared")}
          </h3>
          <ul className="grid gap-1">
            {undeclared.map(([name, use]) => (
              <li key={name} className="flex items-center gap-2 text-xs">
                <code className="bg-muted rounded px-1.5 py-0.5 font-semibold">{name}</code>
                <span className="text-muted-foreground flex-1">
                  {t("uses", { count: use.count })}
                </span>
                {readOnly ? null : (
                  <Button
                    variant="ghost"
                    size="sm"
                    className="h-7"
                    disabled={variableNameError(flow, name) !== null}
                    onClick={() => declare(name)}
                  >
                    {t("declare")}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
