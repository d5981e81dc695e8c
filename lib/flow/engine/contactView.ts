import type { JsonValue } from "../json";
import { getPath } from "../template/interpolate";
import type { ContactSnapshot } from "./contactSnapshot";
import type { ContactUpdate } from "./effects";
import type { ContactChanges } from "./session";

export const NO_CONTACT_CHANGES: ContactChanges = { patch: {}, addTags: [], removeTags: [] };

/** The contact as this session sees it: the runtime's snapshot with the session's own changes on top. */
export function effectiveContact(base: ContactSnapshot, changes: ContactChanges): ContactSnapshot {
  const { patch } = changes;
  if (
    changes.addTags.length === 0 &&
    changes.removeTags.length === 0 &&
    changes.optIn === undefined &&
    Object.keys(patch).length === 0
  ) {
    return base;
  }
  const removed = new Set(changes.removeTags);
  const tags = [...new Set([...base.tags.filter((t) => !removed.has(t)), ...changes.addTags])];
  return {
    ...base,
    ...(patch.name === undefined ? {} : { name: patch.name }),
    ...(patch.email === undefined ? {} : { email: patch.email }),
    ...(patch.phone === undefined ? {} : { phone: patch.phone }),
    ...(patch.address === undefined ? {} : { address: patch.address }),
    fields: { ...base.fields, ...patch.fields },
    tags,
    optIn: changes.optIn ?? base.optIn,
  };
}

export function mergeContactChanges(
  changes: ContactChanges,
  update: ContactUpdate,
): ContactChanges {
  const add = new Set(update.addTags);
  const remove = new Set(update.removeTags);
  return {
    patch: {
      ...changes.patch,
      ...update.patch,
      ...(update.patch.fields === undefined
        ? {}
        : { fields: { ...changes.patch.fields, ...update.patch.fields } }),
    },
    addTags: [...new Set([...changes.addTags.filter((t) => !remove.has(t)), ...update.addTags])],
    removeTags: [
      ...new Set([...changes.removeTags.filter((t) => !add.has(t)), ...update.removeTags]),
    ],
    optIn: update.optIn ?? changes.optIn,
  };
}

/**
 * `contact.name`, `contact.tags`, `contact.optIn`, `contact.waId`, `contact.<custom field>`,
 * `contact.fields.<x>`. Reads the session's changes first without building the whole merged
 * contact, since templates read `{{contact.name}}` on nearly every message.
 */
export function lookupContact(
  base: ContactSnapshot,
  changes: ContactChanges,
  path: readonly string[],
): JsonValue | undefined {
  const [field = "", ...rest] = path;
  let value: JsonValue | undefined;
  switch (field) {
    case "name":
    case "email":
    case "phone":
    case "address":
      value = changes.patch[field] ?? base[field];
      break;
    case "waId":
      value = base.waId;
      break;
    case "tags":
      value = effectiveContact(base, changes).tags;
      break;
    case "optIn":
      value = changes.optIn ?? base.optIn;
      break;
    case "fields":
      return getPath(effectiveContact(base, changes).fields, rest);
    default: {
      const own = changes.patch.fields;
      if (own !== undefined && Object.hasOwn(own, field)) value = own[field];
      else value = Object.hasOwn(base.fields, field) ? base.fields[field] : undefined;
    }
  }
  return rest.length === 0 ? value : getPath(value, rest);
}
