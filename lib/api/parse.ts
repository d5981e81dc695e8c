import type { z } from "zod";
import { AppError, type FieldIssue } from "@/lib/errors/app-error";

/** Largest JSON body the app's own API accepts (flow documents are the big ones). */
export const MAX_JSON_BYTES = 2 * 1024 * 1024;

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError(400, "invalid", "errors.invalidInput", {}, zodIssues(result.error));
  }
  return result.data;
}

/** Reads and validates a JSON body: malformed JSON or a wrong shape is a 400, never a 500. */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.infer<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES) throw new AppError(413, "too_large", "errors.tooLarge");
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw new AppError(413, "too_large", "errors.tooLarge");
  let value: unknown;
  try {
    value = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError(400, "bad_json", "errors.badJson");
  }
  return parseWith(schema, value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the URL: anything that is not a well-formed id cannot exist, so it is a 404. */
export function parseId(value: string, what: string): string {
  if (!UUID.test(value)) throw new AppError(404, "not_found", "errors.notFound", { what });
  return value.toLowerCase();
}

export function isId(value: string): boolean {
  return UUID.test(value);
}
