"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { apiFetch, errorText, fieldError, type ApiError } from "@/components/providers/api-fetch";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { channelResponseJsonSchema, type ChannelJson } from "@/lib/channels/api-schemas";

type FormValues = {
  name: string;
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string;
  accessToken: string;
  appSecret: string;
  unmatchedReply: string;
};

const EMPTY: FormValues = {
  name: "",
  phoneNumberId: "",
  wabaId: "",
  displayPhoneNumber: "",
  accessToken: "",
  appSecret: "",
  unmatchedReply: "",
};

function valuesOf(channel: ChannelJson | null): FormValues {
  if (!channel) return EMPTY;
  return {
    name: channel.name,
    phoneNumberId: channel.phoneNumberId,
    wabaId: channel.wabaId,
    displayPhoneNumber: channel.displayPhoneNumber ?? "",
    accessToken: "",
    appSecret: "",
    unmatchedReply: channel.unmatchedReply ?? "",
  };
}

/** Connect a number, or edit one: secrets are write-only, blank keeps the stored one. */
export function ChannelFormDialog({
  slug,
  channel,
  open,
  onOpenChange,
  onSaved,
}: {
  slug: string;
  /** Null to connect a new number. */
  channel: ChannelJson | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: (channel: ChannelJson) => void;
}) {
  const t = useTranslations();
  const [values, setValues] = useState<FormValues>(() => valuesOf(channel));
  const editing = channel !== null;
  const save = useMutation<ChannelJson, ApiError>({
    mutationFn: () =>
      apiFetch(
        editing ? `/api/w/${slug}/channels/${channel.id}` : `/api/w/${slug}/channels`,
        channelResponseJsonSchema,
        { method: editing ? "PATCH" : "POST", body: values },
      ).then((r) => r.channel),
    onSuccess: (saved) => {
      onSaved(saved);
      close(false);
    },
  });
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) save.reset();
  };
  const set = (field: keyof FormValues) => (value: string) =>
    setValues((old) => ({ ...old, [field]: value }));
  const error = (path: keyof FormValues) => (save.error ? fieldError(save.error, path) : undefined);
  const generalError =
    save.error && save.error.issues.length === 0 ? errorText(save.error, t) : undefined;

  const text = (
    field: keyof FormValues,
    label: string,
    hint: ReactNode,
    extra: { secret?: boolean; placeholder?: string; inputMode?: "numeric" } = {},
  ) => (
    <Field label={label} hint={hint} error={error(field)}>
      {(control) => (
        <Input
          {...control}
          name={field}
          type={extra.secret ? "password" : "text"}
          autoComplete={extra.secret ? "new-password" : "off"}
          inputMode={extra.inputMode}
          placeholder={extra.placeholder}
          value={values[field]}
          onChange={(e) => set(field)(e.target.value)}
          className={extra.secret || extra.inputMode ? "font-mono" : undefined}
        />
      )}
    </Field>
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) setValues(valuesOf(channel));
        close(next);
      }}
    >
      <DialogContent
        closeLabel={t("common.close")}
        className="max-h-[calc(100dvh-2rem)] max-w-xl overflow-y-auto"
      >
        <DialogHeader
          title={editing ? t("channels.form.editTitle") : t("channels.form.createTitle")}
          description={t("channels.form.description")}
        />
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          {text("name", t("channels.form.name"), t("channels.form.nameHint"))}
          <div className="grid gap-4 sm:grid-cols-2">
            {text(
              "phoneNumberId",
              t("channels.form.phoneNumberId"),
              t("channels.form.phoneNumberIdHint"),
              {
                inputMode: "numeric",
              },
            )}
            {text("wabaId", t("channels.form.wabaId"), t("channels.form.wabaIdHint"), {
              inputMode: "numeric",
            })}
          </div>
          {text(
            "displayPhoneNumber",
            t("channels.form.displayPhoneNumber"),
            t("channels.form.displayPhoneNumberHint"),
            { placeholder: "+90 555 000 00 00" },
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            {text(
              "accessToken",
              t("channels.form.accessToken"),
              editing ? t("channels.form.secretKeep") : t("channels.form.accessTokenHint"),
              { secret: true, placeholder: editing ? t("channels.form.secretSet") : undefined },
            )}
            {text(
              "appSecret",
              t("channels.form.appSecret"),
              editing ? t("channels.form.secretKeep") : t("channels.form.appSecretHint"),
              { secret: true, placeholder: editing ? t("channels.form.secretSet") : undefined },
            )}
          </div>
          <Field
            label={t("channels.form.unmatchedReply")}
            hint={t("channels.form.unmatchedReplyHint")}
            error={error("unmatchedReply")}
          >
            {(control) => (
              <Textarea
                {...control}
                name="unmatchedReply"
                rows={2}
                value={values.unmatchedReply}
                placeholder={t("channels.form.unmatchedReplyPlaceholder")}
                onChange={(e) => set("unmatchedReply")(e.target.value)}
              />
            )}
          </Field>
          {generalError ? (
            <p role="alert" className="text-destructive text-sm font-medium">
              {generalError}
            </p>
          ) : null}
          <DialogFooter>
            <Button variant="secondary" onClick={() => close(false)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? <Spinner /> : null}
              {editing ? t("channels.form.save") : t("channels.form.connect")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
