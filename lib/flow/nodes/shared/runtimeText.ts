import { localized, type Localized } from "../../localized";
import { clampText } from "../../text/clampText";
import { templateTokens } from "../../template/interpolate";
import type { NodeRuntime } from "../nodeDefinition";

/**
 * Interpolates a field and keeps it within WhatsApp's limit: a variable can make a valid template
 * too long at run time, and a message Meta rejects is worse than a shortened one.
 */
export function fitText(rt: NodeRuntime, template: string, limit: number, what: Localized): string {
  const text = rt.text(template);
  if (text.length <= limit) return text;
  rt.trace({
    type: "warning",
    code: "text_truncated",
    message: localized(
      `${what.en} was ${text.length} characters after filling in variables; cut to ${limit}.`,
      `${what.tr} değişkenler doldurulunca ${text.length} karakter oldu; ${limit} karaktere kısaltıldı.`,
    ),
  });
  return clampText(text, limit);
}

/** URL templates: substituted values are encoded, unless the whole URL comes from one variable. */
export function urlText(rt: NodeRuntime, template: string): string {
  const trimmed = template.trim();
  const tokens = templateTokens(trimmed);
  const whole = tokens.length === 1 && tokens[0]?.start === 0 && tokens[0].end === trimmed.length;
  return whole ? rt.text(trimmed) : rt.text(trimmed, encodeURIComponent);
}

/** The marketer's text if they wrote one, otherwise the built-in one in the flow's language. */
export function textOr(rt: NodeRuntime, custom: string, builtin: Localized): string {
  return custom.trim() === "" ? builtin[rt.settings.locale] : rt.text(custom);
}
