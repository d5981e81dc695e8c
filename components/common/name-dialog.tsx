"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorText, fieldError, type ApiError } from "@/components/providers/api-fetch";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";

interface NameDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  label: string;
  submitLabel: string;
  initialValue?: string;
  placeholder?: string;
  pending: boolean;
  error: ApiError | null;
  onSubmit: (name: string) => void;
}

/** The one "type a name and confirm" dialog: create flow, rename flow, create workspace… */
export function NameDialog(props: NameDialogProps) {
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      {/* Re-mounted on each opening so the field starts from initialValue. */}
      {props.open ? <NameDialogBody key={props.initialValue ?? ""} {...props} /> : null}
    </Dialog>
  );
}

function NameDialogBody(props: NameDialogProps) {
  const t = useTranslations();
  const [name, setName] = useState(props.initialValue ?? "");
  const error = props.error
    ? (fieldError(props.error, "name") ?? errorText(props.error, t))
    : undefined;
  return (
    <DialogContent closeLabel={t("common.close")}>
      <DialogHeader title={props.title} description={props.description} />
      <form
        className="grid gap-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit(name);
        }}
      >
        <Field label={props.label} error={error}>
          {(control) => (
            <Input
              {...control}
              name="name"
              value={name}
              placeholder={props.placeholder}
              onChange={(event) => setName(event.target.value)}
              onFocus={(event) => event.currentTarget.select()}
              autoFocus
              autoComplete="off"
            />
          )}
        </Field>
        <DialogFooter>
          <Button variant="secondary" onClick={() => props.onOpenChange(false)}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" disabled={props.pending}>
            {props.pending ? <Spinner /> : null}
            {props.submitLabel}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
