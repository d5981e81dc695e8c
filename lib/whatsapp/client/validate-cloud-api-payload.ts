/**
 * Holds a `/messages` request body to the Cloud API's documented structure and limits, answering
 * with the Graph error code Meta would use: 100 (invalid or unknown parameter), 131008 (required
 * parameter missing), 131009 (parameter value not valid: too long, too many, duplicated).
 * Used by the emulator on every request and by `checkOutboundLimits` before we send.
 */
import { z } from "zod";
import { LIMITS } from "@/lib/flow/io";
import { charCount } from "./char-count";
import { cloudApiMessageSchema, type CloudApiMessage } from "./cloud-api-message";
import { isBusinessScopedUserId } from "./is-business-scoped-user-id";

export const payloadViolationSchema = z.object({
  code: z.union([z.literal(100), z.literal(131008), z.literal(131009)]),
  /** Where in the Cloud API JSON, e.g. `interactive.action.buttons[1].reply.title`. */
  path: z.string(),
  message: z.string(),
  limit: z.number().optional(),
  actual: z.number().optional(),
});
export type PayloadViolation = z.infer<typeof payloadViolationSchema>;

/** Limits the Cloud API documents that `LIMITS` (shared with the canvas) does not carry. */
const EXTRA_LIMITS = {
  templateName: 512,
  templateButtonIndexMax: 9,
  bizOpaqueCallbackData: 512,
} as const;

const KNOWN_TYPES = new Set<string>(cloudApiMessageSchema.options.map((o) => o.shape.type.value));

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

function fromIssue(issue: z.core.$ZodIssue): PayloadViolation {
  const path = formatPath(issue.path);
  const absent =
    (issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined;
  if (absent) {
    return { code: 131008, path, message: `Required parameter ${path} is missing.` };
  }
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => (path ? `${path}.${k}` : k));
    return {
      code: 100,
      path,
      message: `Invalid parameter: ${keys.join(", ")} is not supported here.`,
    };
  }
  return { code: 100, path, message: `Invalid parameter ${path || "body"}: ${issue.message}` };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

class Rules {
  readonly violations: PayloadViolation[] = [];

  /** A text that must be present (unless `optional`) and at most `max` characters. */
  text(path: string, value: string | undefined, max: number, what: string, optional = false): void {
    if (value === undefined || value === "") {
      if (!optional || value === "") {
        this.violations.push({ code: 131008, path, message: `${what} must not be empty.` });
      }
      return;
    }
    const n = charCount(value);
    if (n > max) {
      this.violations.push({
        code: 131009,
        path,
        message: `${what} is ${n} characters; the limit is ${max}.`,
        limit: max,
        actual: n,
      });
    }
  }

  count(path: string, n: number, min: number, max: number, what: string): void {
    if (n < min || n > max) {
      const range = min === max ? `${min}` : `${min} to ${max}`;
      this.violations.push({
        code: n < min ? 131008 : 131009,
        path,
        message: `${what}: ${n} given, ${range} allowed.`,
        limit: n < min ? min : max,
        actual: n,
      });
    }
  }

  unique(path: string, values: string[], what: string): void {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) {
        this.violations.push({
          code: 131009,
          path,
          message: `${what} must be unique; "${value}" repeats.`,
        });
      }
      seen.add(value);
    }
  }

  fail(code: PayloadViolation["code"], path: string, message: string): void {
    this.violations.push({ code, path, message });
  }
}

type Interactive = Extract<CloudApiMessage, { type: "interactive" }>["interactive"];
type Template = Extract<CloudApiMessage, { type: "template" }>["template"];

function checkFrame(r: Rules, i: Exclude<Interactive, { type: "location_request_message" }>): void {
  r.text("interactive.body.text", i.body.text, LIMITS.interactiveBody, "Body text");
  if (i.header?.type === "text")
    r.text("interactive.header.text", i.header.text, LIMITS.header, "Header text");
  if (i.footer) r.text("interactive.footer.text", i.footer.text, LIMITS.footer, "Footer text");
}

function checkInteractive(r: Rules, i: Interactive): void {
  switch (i.type) {
    case "button": {
      checkFrame(r, i);
      const buttons = i.action.buttons;
      r.count("interactive.action.buttons", buttons.length, 1, LIMITS.buttonsMax, "Reply buttons");
      buttons.forEach((b, n) => {
        const at = `interactive.action.buttons[${n}].reply`;
        r.text(`${at}.id`, b.reply.id, LIMITS.buttonId, `Button ${n + 1} id`);
        r.text(`${at}.title`, b.reply.title, LIMITS.buttonTitle, `Button ${n + 1} title`);
      });
      r.unique(
        "interactive.action.buttons",
        buttons.map((b) => b.reply.id),
        "Button ids",
      );
      r.unique(
        "interactive.action.buttons",
        buttons.map((b) => b.reply.title),
        "Button titles",
      );
      return;
    }
    case "list": {
      checkFrame(r, i);
      const { sections, button } = i.action;
      r.text("interactive.action.button", button, LIMITS.listButtonLabel, "List button label");
      r.count(
        "interactive.action.sections",
        sections.length,
        1,
        LIMITS.listSectionsMax,
        "Sections",
      );
      const rows = sections.flatMap((s) => s.rows);
      r.count(
        "interactive.action.sections",
        rows.length,
        1,
        LIMITS.listRowsMax,
        "Rows in all sections",
      );
      sections.forEach((s, n) => {
        const at = `interactive.action.sections[${n}]`;
        // A title is required as soon as there is more than one section.
        r.text(
          `${at}.title`,
          s.title,
          LIMITS.listSectionTitle,
          `Section ${n + 1} title`,
          sections.length === 1,
        );
        s.rows.forEach((row, m) => {
          r.text(`${at}.rows[${m}].id`, row.id, LIMITS.listRowId, `Row ${m + 1} id`);
          r.text(`${at}.rows[${m}].title`, row.title, LIMITS.listRowTitle, `Row ${m + 1} title`);
          r.text(
            `${at}.rows[${m}].description`,
            row.description,
            LIMITS.listRowDescription,
            `Row ${m + 1} description`,
            true,
          );
        });
      });
      r.unique(
        "interactive.action.sections",
        rows.map((row) => row.id),
        "Row ids",
      );
      return;
    }
    case "cta_url": {
      checkFrame(r, i);
      const { display_text: label, url } = i.action.parameters;
      r.text("interactive.action.parameters.display_text", label, LIMITS.ctaLabel, "Button label");
      if (!isHttpUrl(url))
        r.fail(131009, "interactive.action.parameters.url", "The URL must be an http(s) URL.");
      return;
    }
    case "location_request_message":
      r.text("interactive.body.text", i.body.text, LIMITS.interactiveBody, "Body text");
      return;
  }
}

function checkTemplate(r: Rules, t: Template): void {
  r.text("template.name", t.name, EXTRA_LIMITS.templateName, "Template name");
  if (t.name && !/^[a-z0-9_]+$/.test(t.name)) {
    r.fail(
      131009,
      "template.name",
      "Template names use lowercase letters, digits and underscores.",
    );
  }
  if (!/^[a-z]{2,3}(_[A-Za-z0-9]{2,4})?$/.test(t.language.code)) {
    r.fail(
      131009,
      "template.language.code",
      `"${t.language.code}" is not a template language code.`,
    );
  }
  const components = t.components ?? [];
  for (const type of ["header", "body"] as const) {
    if (components.filter((c) => c.type === type).length > 1) {
      r.fail(131009, "template.components", `Only one ${type} component is allowed.`);
    }
  }
  const indexes: string[] = [];
  components.forEach((c, n) => {
    const at = `template.components[${n}]`;
    if (c.type !== "button") {
      c.parameters.forEach((p, m) => {
        if (p.type === "text") {
          const max = c.type === "header" ? LIMITS.header : LIMITS.textBody;
          r.text(`${at}.parameters[${m}].text`, p.text, max, `${c.type} parameter ${m + 1}`);
        }
      });
      return;
    }
    const index = Number(c.index);
    if (
      !Number.isInteger(index) ||
      index < 0 ||
      index > EXTRA_LIMITS.templateButtonIndexMax ||
      String(c.index).trim() === ""
    ) {
      r.fail(
        131009,
        `${at}.index`,
        `Button index must be 0 to ${EXTRA_LIMITS.templateButtonIndexMax}.`,
      );
    }
    indexes.push(String(index));
    r.count(`${at}.parameters`, c.parameters.length, 1, 1, "Button parameters");
    const [parameter] = c.parameters;
    if (c.sub_type === "quick_reply" && parameter && parameter.type !== "payload") {
      r.fail(100, `${at}.parameters[0].type`, "A quick_reply button takes a payload parameter.");
    }
    if (c.sub_type === "url" && parameter && parameter.type !== "text") {
      r.fail(100, `${at}.parameters[0].type`, "A url button takes a text parameter.");
    }
    if (parameter?.type === "payload")
      r.text(
        `${at}.parameters[0].payload`,
        parameter.payload,
        LIMITS.buttonId,
        "Quick-reply payload",
      );
    if (parameter?.type === "text")
      r.text(`${at}.parameters[0].text`, parameter.text, 2000, "URL suffix");
  });
  r.unique("template.components", indexes, "Button indexes");
}

function checkMedia(
  r: Rules,
  type: string,
  media: { link?: string; id?: string; caption?: string },
): void {
  if (media.link === undefined && media.id === undefined) {
    r.fail(131008, `${type}.link`, `A ${type} needs a link or a media id.`);
  } else if (media.link !== undefined && media.id !== undefined) {
    r.fail(100, type, `A ${type} takes a link or a media id, not both.`);
  } else if (media.link !== undefined && !isHttpUrl(media.link)) {
    r.fail(131009, `${type}.link`, "The media link must be an http(s) URL.");
  }
  if (media.caption !== undefined)
    r.text(`${type}.caption`, media.caption, LIMITS.mediaCaption, "Caption", true);
}

function checkRules(msg: CloudApiMessage): PayloadViolation[] {
  const r = new Rules();
  if (msg.to === undefined && msg.recipient === undefined) {
    r.fail(131008, "to", "Required parameter to (or recipient) is missing.");
  }
  const digits = msg.to?.replace(/[\s\-()]/g, "");
  if (digits !== undefined && !/^\+?\d{5,15}$/.test(digits)) {
    r.fail(100, "to", `"${msg.to}" is not a phone number.`);
  }
  if (
    msg.to === undefined &&
    msg.recipient !== undefined &&
    !isBusinessScopedUserId(msg.recipient)
  ) {
    r.fail(100, "recipient", `"${msg.recipient}" is not a business-scoped user id.`);
  }
  if (msg.biz_opaque_callback_data !== undefined) {
    r.text(
      "biz_opaque_callback_data",
      msg.biz_opaque_callback_data,
      EXTRA_LIMITS.bizOpaqueCallbackData,
      "biz_opaque_callback_data",
      true,
    );
  }
  switch (msg.type) {
    case "text":
      r.text("text.body", msg.text.body, LIMITS.textBody, "Text body");
      break;
    case "image":
      checkMedia(r, "image", msg.image);
      break;
    case "video":
      checkMedia(r, "video", msg.video);
      break;
    case "document":
      checkMedia(r, "document", msg.document);
      break;
    case "audio":
      checkMedia(r, "audio", msg.audio);
      break;
    case "sticker":
      checkMedia(r, "sticker", msg.sticker);
      break;
    case "interactive":
      checkInteractive(r, msg.interactive);
      break;
    case "template":
      checkTemplate(r, msg.template);
      break;
    default:
      break;
  }
  return r.violations;
}

/** Every rule the body breaks; an empty list means the Cloud API would accept it. */
export function validateCloudApiPayload(json: unknown): PayloadViolation[] {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return [{ code: 100, path: "", message: "The request body must be a JSON object." }];
  }
  // The Cloud API treats a missing type as "text".
  const input: object = "type" in json ? json : { ...json, type: "text" };
  const type: unknown = Object.getOwnPropertyDescriptor(input, "type")?.value;
  if (typeof type !== "string" || !KNOWN_TYPES.has(type)) {
    return [
      {
        code: 100,
        path: "type",
        message: `Invalid parameter: unsupported message type ${JSON.stringify(type)}.`,
      },
    ];
  }
  const parsed = cloudApiMessageSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return parsed.error.issues.map(fromIssue);
  return checkRules(parsed.data);
}
