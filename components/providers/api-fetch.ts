import { z } from "zod";

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** An error answered by our API, already translated by the server into the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The message for one field, when the server rejected that field. */
export function fieldError(error: ApiError | null, path: string): string | undefined {
  return error?.issues.find((issue) => issue.path === path)?.message;
}

/**
 * JSON in, JSON out. Any non-2xx answer becomes an ApiError with the server's message; a 2xx
 * answer is checked against `schema`, so the UI never works on a shape it did not expect.
 */
export async function apiFetch<S extends z.ZodType>(
  url: string,
  schema: S,
  options: {
    method?: string;
    body?: unknown;
    signal?: AbortSignal;
    headers?: Record<string, string>;
  } = {},
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? "GET",
      headers:
        options.body === undefined
          ? options.headers
          : { "content-type": "application/json", ...options.headers },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network", "network");
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(json);
    if (parsed.success) {
      const { code, message, issues } = parsed.data.error;
      throw new ApiError(response.status, code, message, issues);
    }
    throw new ApiError(response.status, "http", `HTTP ${response.status}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(response.status, "bad_response", "bad_response");
  return parsed.data;
}

/** What to show for a failed request: the server's words, or ours when it never answered. */
export function errorText(
  error: unknown,
  t: (key: "errors.network" | "errors.unexpected") => string,
): string {
  if (error instanceof ApiError && error.code === "network") return t("errors.network");
  if (error instanceof ApiError && error.code !== "bad_response" && error.code !== "http")
    return error.message;
  return t("errors.unexpected");
}

export const okSchema = z.object({ ok: z.literal(true) });
