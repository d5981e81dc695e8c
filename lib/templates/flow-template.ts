import type { Flow, JsonValue, Locale, Localized } from "@/lib/flow";

/** Use cases the gallery groups templates by; their labels live in the UI catalogs. */
export const TEMPLATE_CATEGORIES = ["marketing", "sales", "orders", "support", "feedback"] as const;
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number];

/**
 * Lucide icon names a template may use. A closed list, so the gallery can map each one to its
 * component without importing every icon lucide has.
 */
export const TEMPLATE_ICONS = [
  "Magnet",
  "BookOpen",
  "Truck",
  "PackageOpen",
  "ShoppingCart",
  "Star",
  "UserPlus",
  "CreditCard",
  "IdCard",
  "Ticket",
] as const;
export type TemplateIcon = (typeof TEMPLATE_ICONS)[number];

/** One input of the gallery's preview conversation, played through the real engine. */
export type PreviewInput =
  | { say: string }
  | { tap: { id: string; title: string } }
  | { pick: { id: string; title: string } }
  | { api: Record<string, JsonValue> };

export interface FlowTemplate<Id extends string = string> {
  id: Id;
  category: TemplateCategory;
  icon: TemplateIcon;
  name: Localized;
  /** One or two sentences for the gallery card. */
  description: Localized;
  /** What the marketer must replace before publishing (placeholder URLs, template names, pools). */
  setup: Record<Locale, string[]>;
  /** A complete, laid-out flow document in `locale`. */
  build(locale: Locale): Flow;
  /** The first inputs of the golden conversation, for the gallery's preview. */
  preview(locale: Locale): PreviewInput[];
}
