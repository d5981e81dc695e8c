"use client";

import { Braces } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useInspectorScope } from "../inspector-scope";

/** Lists the flow's variables and the contact's fields; picking one inserts `{{name}}`. */
export function VariablePicker({
  onPick,
  onClosed,
}: {
  onPick: (reference: string) => void;
  /** Called instead of focusing the trigger again, so the caller can return focus to its input. */
  onClosed: () => void;
}) {
  const t = useTranslations("inspector");
  const { variables, contactReferences } = useInspectorScope();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon-sm" className="size-6" aria-label={t("insertVariable")}>
          <Braces className="size-3.5!" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align="end"
        className="max-h-72 overflow-y-auto"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          onClosed();
        }}
      >
        <DropdownMenuLabel>{t("flowVariables")}</DropdownMenuLabel>
        {variables.length === 0 ? (
          <p className="text-muted-foreground px-2 py-1.5 text-xs">{t("noVariables")}</p>
        ) : (
          variables.map((name) => (
            <DropdownMenuItem
              key={name}
              onSelect={() => onPick(name)}
              className="font-mono text-xs"
            >
              {name}
            </DropdownMenuItem>
          ))
        )}
        <DropdownMenuSeparator />
        <DropdownMenuLabel>{t("contactFields")}</DropdownMenuLabel>
        {contactReferences.map((field) => (
          <DropdownMenuItem
            key={field}
            onSelect={() => onPick(`contact.${field}`)}
            className="font-mono text-xs"
          >
            contact.{field}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
