import { localized, type Localized } from "../../localized";
import { interpolate, isValidVariableName, templateTokens } from "../../template/interpolate";
import type { NodeIssue } from "../nodeDefinition";
import { MAX_ATTEMPTS_LIMIT } from "./retryFields";

export type UrlCheck = "ok" | "dynamic" | "invalid";

/** A URL template is checked with its placeholders filled; one that is entirely a variable can't be. */
export function checkUrlTemplate(template: string): UrlCheck {
  const text = template.trim();
  const tokens = templateTokens(text);
  if (tokens.length > 0 && tokens[0]?.start === 0) return "dynamic";
  try {
    const url = new URL(interpolate(text, () => "x"));
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== ""
      ? "ok"
      : "invalid";
  } catch {
    return "invalid";
  }
}

/** Collects a node's validation issues; each helper writes its message in English and Turkish. */
export class Issues {
  readonly list: NodeIssue[] = [];

  error(code: string, field: string | undefined, message: Localized): this {
    this.list.push({ code, severity: "error", ...(field === undefined ? {} : { field }), message });
    return this;
  }

  warning(code: string, field: string | undefined, message: Localized): this {
    this.list.push({
      code,
      severity: "warning",
      ...(field === undefined ? {} : { field }),
      message,
    });
    return this;
  }

  /** Text the customer will read: required, and within WhatsApp's limit. */
  text(field: string, value: string, limit: number, what: Localized, required = true): this {
    if (required && value.trim() === "") return this.required(field, what);
    return this.maxLength(field, value, limit, what);
  }

  required(field: string, what: Localized): this {
    return this.error(
      "required",
      field,
      localized(`${what.en} is required.`, `${what.tr} boş olamaz.`),
    );
  }

  maxLength(field: string, value: string, limit: number, what: Localized): this {
    if (value.length <= limit) return this;
    return this.error(
      "too_long",
      field,
      localized(
        `${what.en} has ${value.length} characters; WhatsApp allows at most ${limit}.`,
        `${what.tr} ${value.length} karakter; WhatsApp en fazla ${limit} karaktere izin veriyor.`,
      ),
    );
  }

  url(field: string, template: string, what: Localized): this {
    if (template.trim() === "") return this.required(field, what);
    if (checkUrlTemplate(template) !== "invalid") return this;
    return this.error(
      "invalid_url",
      field,
      localized(
        `${what.en} is not a valid http(s) address: "${template}".`,
        `${what.tr} geçerli bir http(s) adresi değil: "${template}".`,
      ),
    );
  }

  variableName(field: string, name: string, what: Localized): this {
    if (name.trim() === "") return this.required(field, what);
    if (isValidVariableName(name)) return this;
    return this.error(
      "invalid_variable_name",
      field,
      localized(
        `"${name}" is not a valid variable name: use letters, digits and _, start with a letter, and avoid "contact".`,
        `"${name}" geçerli bir değişken adı değil: harf, rakam ve _ kullanın, harfle başlayın ve "contact" kullanmayın.`,
      ),
    );
  }

  maxAttempts(field: string, value: number): this {
    if (value <= MAX_ATTEMPTS_LIMIT) return this;
    return this.error(
      "too_many_attempts",
      field,
      localized(
        `At most ${MAX_ATTEMPTS_LIMIT} attempts: after that the customer has clearly given up.`,
        `En fazla ${MAX_ATTEMPTS_LIMIT} deneme: sonrasında müşteri zaten vazgeçmiş olur.`,
      ),
    );
  }

  /** Reply ids must not collide with the node's own fixed ports. */
  reservedPortId(field: string, id: string, reserved: readonly string[]): this {
    if (!reserved.includes(id)) return this;
    return this.error(
      "reserved_port_id",
      field,
      localized(
        `The id "${id}" is reserved for a port of this node.`,
        `"${id}" kimliği bu düğümün bir çıkışı için ayrılmış.`,
      ),
    );
  }

  duplicate(
    code: "duplicate_id" | "duplicate_title",
    field: string,
    value: string,
    severity: "error" | "warning" = "error",
  ): this {
    const message =
      code === "duplicate_id"
        ? localized(`The id "${value}" is used twice.`, `"${value}" kimliği iki kez kullanılmış.`)
        : localized(
            `The title "${value}" is used twice; customers could not tell the options apart.`,
            `"${value}" başlığı iki kez kullanılmış; müşteriler seçenekleri ayırt edemez.`,
          );
    return severity === "error"
      ? this.error(code, field, message)
      : this.warning(code, field, message);
  }
}
