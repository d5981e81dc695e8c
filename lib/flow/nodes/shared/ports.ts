import { localized, type Localized } from "../../localized";
import type { PortSpec } from "../nodeDefinition";

/** Labels of the ports several node types share, so the canvas names them the same everywhere. */
export const PORT_LABELS = {
  next: localized("Next", "Sonraki"),
  invalid: localized("Invalid answer", "Geçersiz yanıt"),
  timeout: localized("No answer in time", "Yanıt süresi doldu"),
  success: localized("Success", "Başarılı"),
  error: localized("Error", "Hata"),
  else: localized("Else", "Değilse"),
  ok: localized("Code ready", "Kod hazır"),
  exhausted: localized("No codes left", "Kod kalmadı"),
  resolved: localized("Resolved by agent", "Temsilci çözdü"),
  other: localized("Other reply", "Diğer yanıt"),
} satisfies Record<string, Localized>;

export type SharedPortId = keyof typeof PORT_LABELS;

export function sharedPort(id: SharedPortId, required: boolean): PortSpec {
  return { id, label: PORT_LABELS[id], required };
}

/** A port named after something the marketer typed (a button title): same label in both languages. */
export function titledPort(id: string, title: string, required: boolean): PortSpec {
  const label = title.trim() === "" ? id : title;
  return { id, label: localized(label, label), required };
}
