"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";
import { apiFetch, errorText, fieldError, type ApiError } from "@/components/providers/api-fetch";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { addedCodesJsonSchema, poolJsonSchema, type PoolJson } from "@/lib/discounts/schemas";
import { CodesField, codesAreSendable } from "./codes-field";

interface DialogProps {
  slug: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Name plus optional first codes; re-mounted on each opening so it starts empty. */
export function CreatePoolDialog(props: DialogProps & { onCreated: (pool: PoolJson) => void }) {
  const t = useTranslations();
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      {props.open ? (
        <DialogContent closeLabel={t("common.close")} className="sm:max-w-lg">
          <DialogHeader
            title={t("discounts.create.title")}
            description={t("discounts.create.body")}
          />
          <CreatePoolForm {...props} />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

function CreatePoolForm({
  slug,
  onOpenChange,
  onCreated,
}: DialogProps & { onCreated: (pool: PoolJson) => void }) {
  const t = useTranslations();
  const [name, setName] = useState("");
  const [codes, setCodes] = useState("");
  const create = useMutation<PoolJson, ApiError>({
    mutationFn: () =>
      apiFetch(`/api/w/${slug}/discount-pools`, poolJsonSchema, {
        method: "POST",
        body: { name, codes },
      }),
    onSuccess: (pool) => {
      onCreated(pool);
      onOpenChange(false);
    },
  });
  const error = create.error;
  return (
    <form
      className="grid gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <Field
        label={t("discounts.create.name")}
        hint={t("discounts.create.nameHint")}
        error={fieldError(error, "name")}
      >
        {(control) => (
          <Input
            {...control}
            autoFocus
            value={name}
            maxLength={80}
            placeholder={t("discounts.create.namePlaceholder")}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <CodesField value={codes} onChange={setCodes} error={fieldError(error, "codes")} />
      <FormFooter
        error={error}
        fields={["name", "codes"]}
        pending={create.isPending}
        canSubmit={codesAreSendable(codes, false)}
        submitLabel={t("discounts.create.submit")}
        onCancel={() => onOpenChange(false)}
      />
    </form>
  );
}

type Added = z.infer<typeof addedCodesJsonSchema>;

export function AddCodesDialog(
  props: DialogProps & { pool: PoolJson | null; onAdded: (result: Added) => void },
) {
  const t = useTranslations();
  return (
    <Dialog open={props.open} onOpenChange={props.onOpenChange}>
      {props.open && props.pool ? (
        <DialogContent closeLabel={t("common.close")} className="sm:max-w-lg">
          <DialogHeader
            title={t("discounts.add.title", { name: props.pool.name })}
            description={t("discounts.add.body")}
          />
          <AddCodesForm {...props} pool={props.pool} />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

function AddCodesForm({
  slug,
  pool,
  onOpenChange,
  onAdded,
}: DialogProps & { pool: PoolJson; onAdded: (result: Added) => void }) {
  const t = useTranslations();
  const [codes, setCodes] = useState("");
  const add = useMutation<Added, ApiError>({
    mutationFn: () =>
      apiFetch(`/api/w/${slug}/discount-pools/${pool.id}/codes`, addedCodesJsonSchema, {
        method: "POST",
        body: { codes },
      }),
    onSuccess: (result) => {
      onAdded(result);
      onOpenChange(false);
    },
  });
  return (
    <form
      className="grid gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <CodesField value={codes} onChange={setCodes} error={fieldError(add.error, "codes")} />
      <FormFooter
        error={add.error}
        fields={["codes"]}
        pending={add.isPending}
        canSubmit={codesAreSendable(codes, true)}
        submitLabel={t("discounts.add.submit")}
        onCancel={() => onOpenChange(false)}
      />
    </form>
  );
}

/** A server error not tied to a field shown above the buttons, then Cancel and the submit button. */
function FormFooter({
  error,
  fields,
  pending,
  canSubmit,
  submitLabel,
  onCancel,
}: {
  error: ApiError | null;
  /** Fields that show their own errors. */
  fields: string[];
  pending: boolean;
  canSubmit: boolean;
  submitLabel: string;
  onCancel: () => void;
}) {
  const t = useTranslations();
  const general = error && !fields.some((path) => fieldError(error, path)) ? error : null;
  return (
    <>
      {general ? (
        <p role="alert" className="text-destructive text-sm">
          {errorText(general, t)}
        </p>
      ) : null}
      <DialogFooter>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" disabled={pending || !canSubmit}>
          {pending ? <Spinner /> : null}
          {submitLabel}
        </Button>
      </DialogFooter>
    </>
  );
}
