import { isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js";
import type { ContactPatch } from "../../engine/effects";
import { localized, type Localized } from "../../localized";
import { templateTokens } from "../../template/interpolate";
import { defineNode, type NodeRuntime } from "../nodeDefinition";
import { Issues } from "../shared/issues";
import { sharedPort } from "../shared/ports";
import { visitTemplate } from "../shared/visitVariables";
import { contactUpdateNodeSchema } from "./contactUpdateSchema";

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.]{2,}$/;
const FIELD_KEY = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** Phone numbers are stored in E.164; a number without a country code is read in the default country. */
function normalizePhone(value: string, defaultCountry: string): string | undefined {
  const phone = parsePhoneNumberFromString(
    value,
    isSupportedCountry(defaultCountry) ? defaultCountry : undefined,
  );
  return phone?.isValid() === true ? phone.number : undefined;
}

export const DEFAULT_PHONE_COUNTRY = "TR";

function rejectValue(rt: NodeRuntime, what: Localized): void {
  rt.trace({
    type: "warning",
    code: "contact_value_invalid",
    message: localized(`${what.en}; not saved.`, `${what.tr}; kaydedilmedi.`),
  });
}

export const contactUpdateNode = defineNode(contactUpdateNodeSchema)({
  type: "contact_update",
  meta: {
    group: "Actions",
    icon: "UserPen",
    label: localized("Update contact", "Kişiyi güncelle"),
    description: localized(
      "Set contact fields, add or remove tags, record marketing opt-in or opt-out.",
      "Kişi alanlarını ayarlayın, etiket ekleyin ya da kaldırın, pazarlama iznini kaydedin veya geri alın.",
    ),
    defaultData: () => ({ fields: [], addTags: [], removeTags: [], optIn: "unchanged" }),
  },
  ports: () => [sharedPort("next", false)],
  traits: () => ({ waitsFor: "nothing", sendsFreeForm: false }),

  validate(node) {
    const { data } = node;
    const issues = new Issues();
    if (
      data.fields.length === 0 &&
      data.addTags.length === 0 &&
      data.removeTags.length === 0 &&
      data.optIn === "unchanged"
    ) {
      issues.warning(
        "nothing_to_update",
        undefined,
        localized("This node changes nothing.", "Bu düğüm hiçbir şeyi değiştirmiyor."),
      );
    }
    data.fields.forEach((f, i) => {
      const at = `fields.${i}`;
      if (f.field === "custom" && !FIELD_KEY.test(f.key)) {
        issues.error(
          "invalid_field_key",
          `${at}.key`,
          localized(
            "Custom fields need a key of letters, digits and _.",
            "Özel alanların harf, rakam ve _ içeren bir anahtarı olmalı.",
          ),
        );
      }
      const literal = templateTokens(f.value).length === 0;
      if (literal && f.field === "email" && f.value.trim() !== "" && !EMAIL.test(f.value.trim())) {
        issues.error(
          "invalid_email",
          `${at}.value`,
          localized(
            `"${f.value}" is not an e-mail address.`,
            `"${f.value}" bir e-posta adresi değil.`,
          ),
        );
      }
      if (
        literal &&
        f.field === "phone" &&
        f.value.trim() !== "" &&
        normalizePhone(f.value, DEFAULT_PHONE_COUNTRY) === undefined
      ) {
        issues.error(
          "invalid_phone",
          `${at}.value`,
          localized(
            `"${f.value}" is not a phone number.`,
            `"${f.value}" bir telefon numarası değil.`,
          ),
        );
      }
    });
    const check = (list: string[], name: "addTags" | "removeTags") =>
      list.forEach((tag, i) => {
        if (tag.trim() === "") issues.required(`${name}.${i}`, localized("The tag", "Etiket"));
      });
    check(data.addTags, "addTags");
    check(data.removeTags, "removeTags");
    data.addTags.forEach((tag, i) => {
      if (data.removeTags.includes(tag)) {
        issues.warning(
          "tag_added_and_removed",
          `addTags.${i}`,
          localized(
            `"${tag}" is both added and removed.`,
            `"${tag}" hem ekleniyor hem kaldırılıyor.`,
          ),
        );
      }
    });
    return issues.list;
  },

  variables: (node, visit) => ({
    ...node,
    data: {
      ...node.data,
      fields: node.data.fields.map((f, i) => ({
        ...f,
        value: visitTemplate(f.value, `fields.${i}.value`, visit),
      })),
    },
  }),

  enter(node, rt) {
    const { data } = node;
    const patch: ContactPatch = {};
    const custom: Record<string, string> = {};
    for (const f of data.fields) {
      const value = rt.text(f.value).trim();
      if (f.field === "email") {
        if (EMAIL.test(value)) patch.email = value;
        else
          rejectValue(
            rt,
            localized(`"${value}" is not an e-mail address`, `"${value}" bir e-posta adresi değil`),
          );
      } else if (f.field === "phone") {
        const phone = normalizePhone(value, DEFAULT_PHONE_COUNTRY);
        if (phone === undefined) {
          rejectValue(
            rt,
            localized(`"${value}" is not a phone number`, `"${value}" bir telefon numarası değil`),
          );
        } else patch.phone = phone;
      } else if (f.field === "custom") {
        if (FIELD_KEY.test(f.key)) custom[f.key] = value;
      } else {
        patch[f.field] = value;
      }
    }
    if (Object.keys(custom).length > 0) patch.fields = custom;
    rt.updateContact({
      patch,
      addTags: data.addTags.filter((t) => t.trim() !== ""),
      removeTags: data.removeTags.filter((t) => t.trim() !== ""),
      ...(data.optIn === "unchanged" ? {} : { optIn: data.optIn === "opt_in" }),
    });
    return { kind: "port", port: "next" };
  },
});
