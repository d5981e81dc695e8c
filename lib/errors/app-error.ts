/** A problem the caller can fix (bad input, missing rights, a conflict): always a 4xx, never a 500. */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429,
    readonly code: string,
    /** Catalog key of the message (lib/i18n/messages), translated for the caller's language. */
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(code);
    this.name = "AppError";
  }
}

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `name` or `nodes.3.data.text`. */
  path: string;
  /** Catalog key, or a ready sentence when the message comes from elsewhere (flow validation). */
  message: string;
}

export const notFound = (what = "resource") =>
  new AppError(404, "not_found", "errors.notFound", { what });
export const forbidden = () => new AppError(403, "forbidden", "errors.forbidden");
