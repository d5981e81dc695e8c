"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Input } from "@/components/ui/input";
import type { ContactEdit } from "@/lib/simulator/simulator-action";
import type { SimulatorContact } from "@/lib/simulator/simulator-state";

function TextRow({
  label,
  value,
  onSave,
}: {
  label: string;
  value: string;
  onSave(value: string): void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="grid grid-cols-[7rem_1fr] items-center gap-2 text-xs">
      <span className="text-muted-foreground">{label}</span>
      <Input
        value={draft ?? value}
        className="h-7 text-xs"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== null && draft !== value) onSave(draft);
          setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.currentTarget.blur();
          if (e.key === "Escape") setDraft(null);
        }}
      />
    </label>
  );
}

/** The sandbox contact: what `{{contact.…}}` reads and contact-update nodes write. */
export function ContactEditor({
  contact,
  onEdit,
}: {
  contact: SimulatorContact;
  onEdit(edit: ContactEdit): void;
}) {
  const t = useTranslations("simulator.debug.contact");
  const [newKey, setNewKey] = useState("");
  return (
    <div className="grid gap-1.5 p-3" data-testid="contact-editor">
      {(["name", "email", "phone", "address"] as const).map((field) => (
        <TextRow
          key={`${field}:${contact[field] ?? ""}`}
          label={t(field)}
          value={contact[field] ?? ""}
          onSave={(value) => onEdit({ field, value })}
        />
      ))}
      <TextRow
        key={`tags:${contact.tags.join(",")}`}
        label={t("tags")}
        value={contact.tags.join(", ")}
        onSave={(value) =>
          onEdit({
            field: "tags",
            value: value
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
          })
        }
      />
      <label className="grid grid-cols-[7rem_1fr] items-center gap-2 text-xs">
        <span className="text-muted-foreground">{t("optIn")}</span>
        <select
          className="border-input bg-card h-7 rounded-md border px-2 text-xs"
          value={contact.optIn === undefined ? "" : String(contact.optIn)}
          onChange={(e) =>
            onEdit({
              field: "optIn",
              value: e.target.value === "" ? null : e.target.value === "true",
            })
          }
        >
          <option value="">{t("optInUnknown")}</option>
          <option value="true">{t("optInYes")}</option>
          <option value="false">{t("optInNo")}</option>
        </select>
      </label>
      {Object.entries(contact.fields).map(([key, value]) => (
        <TextRow
          key={`field:${key}:${value}`}
          label={key}
          value={value}
          onSave={(v) => onEdit({ field: "custom", key, value: v })}
        />
      ))}
      <label className="grid grid-cols-[7rem_1fr] items-center gap-2 text-xs">
        <span className="text-muted-foreground">{t("newField")}</span>
        <Input
          value={newKey}
          placeholder={t("newFieldPlaceholder")}
          className="h-7 text-xs"
          onChange={(e) => setNewKey(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && newKey.trim()) {
              onEdit({ field: "custom", key: newKey.trim(), value: "" });
              setNewKey("");
            }
          }}
        />
      </label>
    </div>
  );
}
