import type { PayloadViolation } from "@/lib/whatsapp/client/validate-cloud-api-payload";

/** Which part of the message a violation is about, as a catalog key under `simulator.fields`. */
export type ViolationField =
  | { key: "text" | "caption" | "header" | "body" | "footer" | "buttons" | "listButton" }
  | { key: "rows" | "ctaLabel" | "url" | "template" | "message" }
  | { key: "button" | "buttonId" | "section" | "row" | "rowDescription" | "rowId"; n: number };

export type DescribedViolation = {
  field: ViolationField;
  problem: "too_long" | "too_many" | "missing" | "invalid";
  limit?: number;
  actual?: number;
  /** Meta's own wording (English), kept for the detail tooltip. */
  detail: string;
};

const FIXED: Record<string, ViolationField> = {
  "text.body": { key: "text" },
  "image.caption": { key: "caption" },
  "video.caption": { key: "caption" },
  "document.caption": { key: "caption" },
  "image.link": { key: "url" },
  "video.link": { key: "url" },
  "audio.link": { key: "url" },
  "document.link": { key: "url" },
  "interactive.header.text": { key: "header" },
  "interactive.body.text": { key: "body" },
  "interactive.footer.text": { key: "footer" },
  "interactive.action.buttons": { key: "buttons" },
  "interactive.action.button": { key: "listButton" },
  "interactive.action.sections": { key: "rows" },
  "interactive.action.parameters.display_text": { key: "ctaLabel" },
  "interactive.action.parameters.url": { key: "url" },
};

const INDEXED: [RegExp, "button" | "buttonId" | "section" | "row" | "rowDescription" | "rowId"][] =
  [
    [/^interactive\.action\.buttons\[(\d+)\]\.reply\.title$/, "button"],
    [/^interactive\.action\.buttons\[(\d+)\]\.reply\.id$/, "buttonId"],
    [/^interactive\.action\.sections\[(\d+)\]\.title$/, "section"],
    [/^interactive\.action\.sections\[\d+\]\.rows\[(\d+)\]\.title$/, "row"],
    [/^interactive\.action\.sections\[\d+\]\.rows\[(\d+)\]\.description$/, "rowDescription"],
    [/^interactive\.action\.sections\[\d+\]\.rows\[(\d+)\]\.id$/, "rowId"],
  ];

function fieldOf(path: string): ViolationField {
  const fixed = FIXED[path];
  if (fixed) return fixed;
  for (const [pattern, key] of INDEXED) {
    const match = pattern.exec(path);
    if (match) return { key, n: Number(match[1]) + 1 };
  }
  return path.startsWith("template") ? { key: "template" } : { key: "message" };
}

// Counts (how many buttons, rows) come from the same rule as lengths; their paths end on a list.
const COUNT_PATHS = new Set(["interactive.action.buttons", "interactive.action.sections"]);

/** Turns a Cloud API violation into what the chat says about it, in the reader's language. */
export function describeViolation(violation: PayloadViolation): DescribedViolation {
  const field = fieldOf(violation.path);
  const { limit, actual } = violation;
  const base = { field, detail: violation.message, limit, actual };
  if (violation.code === 131008) return { ...base, problem: "missing" };
  if (limit !== undefined && actual !== undefined && actual > limit) {
    return { ...base, problem: COUNT_PATHS.has(violation.path) ? "too_many" : "too_long" };
  }
  return { ...base, problem: "invalid" };
}
