import { NextResponse } from "next/server";
import type { z } from "zod";
import { zodIssues } from "@/lib/api/parse";
import { getDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { authenticateApiKey, touchApiKey } from "./api-keys";
import { NO_BODY, type Endpoint } from "./endpoint";
import { englishMessage } from "./english";
import { takeRequest } from "./rate-limit";

const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Public API errors are for programs: stable codes and English messages. */
export function apiError(
  status: number,
  code: string,
  message: string,
  extra: { issues?: { path: string; message: string }[]; headers?: Record<string, string> } = {},
) {
  return NextResponse.json(
    { error: { code, message, ...(extra.issues ? { issues: extra.issues } : {}) } },
    { status, headers: extra.headers },
  );
}

function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return match?.[1] ?? null;
}

async function readJson(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES)
    return {
      ok: false,
      response: apiError(413, "too_large", "The request body is larger than 2 MB."),
    };
  try {
    return { ok: true, value: text.trim() === "" ? undefined : JSON.parse(text) };
  } catch {
    return {
      ok: false,
      response: apiError(400, "bad_json", "The request body is not valid JSON."),
    };
  }
}

const ENGLISH: Record<string, string> = {
  "errors.forbidden": "This API key may not do that.",
};

/** Issue messages may be catalog keys (our zod schemas use them): answer in English words. */
function englishIssues(issues: { path: string; message: string }[]) {
  return issues.map((issue) => ({ ...issue, message: englishMessage(issue.message) }));
}

/**
 * Binds an endpoint to a Next.js route handler: API key (401), rate limit (429), scope (403),
 * params (404), body (400 malformed, 422 invalid with field paths), then the handler.
 */
export function apiRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  endpoint: Endpoint<P, Q, B>,
  options: { db?: () => Promise<Db>; now?: () => Date } = {},
) {
  const openDb = options.db ?? getDb;
  const now = options.now ?? (() => new Date());
  return async (
    request: Request,
    args?: { params?: Promise<Record<string, string | string[]>> },
  ): Promise<Response> => {
    try {
      const token = bearerToken(request);
      if (!token) {
        return apiError(401, "unauthenticated", "Send an API key: Authorization: Bearer <key>.");
      }
      const db = await openDb();
      const caller = await authenticateApiKey(db, token);
      if (!caller)
        return apiError(401, "invalid_api_key", "This API key is unknown or has been revoked.");

      const rate = await takeRequest(db, caller.keyId, undefined, now());
      const rateHeaders = {
        "x-ratelimit-limit": String(rate.limit),
        "x-ratelimit-remaining": String(rate.remaining),
        "x-ratelimit-reset": String(rate.resetSeconds),
      };
      if (!rate.allowed) {
        return apiError(
          429,
          "rate_limited",
          `Too many requests: at most ${rate.limit} per minute per key.`,
          {
            headers: { ...rateHeaders, "retry-after": String(rate.resetSeconds) },
          },
        );
      }
      if (endpoint.scope === "write" && caller.scope !== "write") {
        return apiError(403, "forbidden", "This API key is read-only.", { headers: rateHeaders });
      }
      await touchApiKey(db, caller.keyId);

      // Routes without dynamic segments get no params from Next.js.
      const params = endpoint.params.safeParse((await args?.params) ?? {});
      if (!params.success)
        return apiError(404, "not_found", "Not found.", { headers: rateHeaders });

      const query = endpoint.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) {
        return apiError(400, "invalid_query", "Some query parameters are invalid.", {
          issues: zodIssues(query.error),
          headers: rateHeaders,
        });
      }

      let raw: unknown = undefined;
      if (endpoint.body.name !== NO_BODY.name) {
        const json = await readJson(request);
        if (!json.ok) return json.response;
        raw = json.value ?? {};
      }
      const body = endpoint.body.schema.safeParse(raw);
      if (!body.success) {
        return apiError(422, "invalid_body", "The request body is invalid.", {
          issues: englishIssues(zodIssues(body.error)),
          headers: rateHeaders,
        });
      }

      const result = await endpoint.handle({
        caller,
        db,
        params: params.data,
        query: query.data,
        body: body.data,
        request,
      });
      const headers = { ...rateHeaders, ...result.headers };
      return result.body === undefined
        ? new NextResponse(null, { status: result.status, headers })
        : NextResponse.json(result.body, { status: result.status, headers });
    } catch (error) {
      if (error instanceof AppError) {
        const message =
          ENGLISH[error.messageKey] ??
          englishMessage(error.messageKey, error.params, error.code.replace(/_/g, " "));
        return apiError(error.status, error.code, message, {
          issues: error.issues.length > 0 ? englishIssues(error.issues) : undefined,
        });
      }
      console.error("[api/v1] unexpected error", error);
      return apiError(500, "internal", "Something went wrong on our side.");
    }
  };
}
