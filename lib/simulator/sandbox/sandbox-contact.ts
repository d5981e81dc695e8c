import type { ContactSnapshot, ContactUpdateEffect } from "@/lib/flow";
import type { ContactEdit } from "../simulator-action";
import type { SimulatorContact } from "../simulator-state";

/** The sandbox customer: the person testing plays them, under their own name. */
export function defaultSandboxContact(name: string | null): SimulatorContact {
  return {
    ...(name ? { name } : {}),
    phone: "+90 555 000 00 00",
    tags: [],
    fields: {},
  };
}

/** What the engine knows about the customer, as the live runtime builds it from a contact row. */
export function sandboxContactSnapshot(contact: SimulatorContact): ContactSnapshot {
  const snapshot: ContactSnapshot = { tags: [...contact.tags], fields: { ...contact.fields } };
  if (contact.name) snapshot.name = contact.name;
  if (contact.phone) {
    snapshot.phone = contact.phone;
    snapshot.waId = contact.phone.replace(/\D/g, "");
  }
  if (contact.email) snapshot.email = contact.email;
  if (contact.address) snapshot.address = contact.address;
  if (contact.optIn !== undefined) snapshot.optIn = contact.optIn;
  return snapshot;
}

/** A flow's contact_update node, applied the way the live runtime applies it to a contact row. */
export function applyContactUpdate(
  contact: SimulatorContact,
  effect: Pick<ContactUpdateEffect, "patch" | "addTags" | "removeTags" | "optIn">,
): SimulatorContact {
  const tags = new Set(contact.tags);
  for (const tag of effect.addTags) tags.add(tag);
  for (const tag of effect.removeTags) tags.delete(tag);
  const { patch } = effect;
  const next: SimulatorContact = {
    ...contact,
    tags: [...tags],
    fields: { ...contact.fields, ...(patch.fields ?? {}) },
  };
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.email !== undefined) next.email = patch.email;
  if (patch.phone !== undefined) next.phone = patch.phone;
  if (patch.address !== undefined) next.address = patch.address;
  if (effect.optIn !== undefined) next.optIn = effect.optIn;
  return next;
}

/** A change typed in the debug drawer; an empty value clears the field. */
export function applyContactEdit(contact: SimulatorContact, edit: ContactEdit): SimulatorContact {
  const next: SimulatorContact = {
    ...contact,
    tags: [...contact.tags],
    fields: { ...contact.fields },
  };
  switch (edit.field) {
    case "name":
    case "email":
    case "phone":
    case "address": {
      const value = edit.value.trim();
      if (value === "") delete next[edit.field];
      else next[edit.field] = value;
      return next;
    }
    case "tags":
      next.tags = [...new Set(edit.value)];
      return next;
    case "optIn":
      if (edit.value === null) delete next.optIn;
      else next.optIn = edit.value;
      return next;
    case "custom":
      if (edit.value === "") delete next.fields[edit.key];
      else next.fields[edit.key] = edit.value;
      return next;
  }
}
