/**
 * Plumbing shared by the emulated Graph routes: bearer tokens, token checks per number and per
 * media, Graph-shaped refusals (recorded for tests), and applying an injected failure.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FailureEndpoint, ResolvedFailureSpec } from "./emulator-config";
import type { EmulatorContext } from "./emulator-context";
import type { RegisteredNumber, StoredMedia } from "./emulator-state";
import {
  graphError,
  invalidTokenError,
  unknownObjectError,
  type GraphErrorResponse,
} from "./graph-error";
import { sendJson, sleep } from "./http-helpers";
import { getField } from "../webhook/get-field";

export type GraphRequest = {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  body: Buffer;
  receivedAt: number;
};

export function bearer(r: GraphRequest): string | undefined {
  const header = r.req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? r.url.searchParams.get("access_token") ?? undefined;
}

export function answerError(
  ctx: EmulatorContext,
  r: GraphRequest,
  error: GraphErrorResponse,
  meta: { phoneNumberId: string; endpoint: FailureEndpoint; to?: string; injected: boolean },
): void {
  const code = getField(error.body.error, "code");
  const message = getField(error.body.error, "message");
  ctx.log(
    `refused ${meta.endpoint} ${meta.phoneNumberId}: HTTP ${error.status} ${String(message)}`,
  );
  ctx.state.recordRejected({
    ...meta,
    httpStatus: error.status,
    code: typeof code === "number" ? code : null,
    message: typeof message === "string" ? message : "",
  });
  sendJson(r.res, error.status, error.body);
}

export type Authorized =
  { ok: true; number: RegisteredNumber | null } | { ok: false; error: GraphErrorResponse };

/** Registered numbers need their own token; others any non-empty token, unless strict. */
export function authorizeNumber(
  ctx: EmulatorContext,
  r: GraphRequest,
  phoneNumberId: string,
  method: "get" | "post",
): Authorized {
  const token = bearer(r);
  if (!token) return { ok: false, error: invalidTokenError() };
  const number = ctx.state.numbers.get(phoneNumberId);
  if (number)
    return number.accessToken === token
      ? { ok: true, number }
      : { ok: false, error: invalidTokenError() };
  if (ctx.strict) return { ok: false, error: unknownObjectError(phoneNumberId, method) };
  return { ok: true, number: null };
}

export function authorizeMedia(
  ctx: EmulatorContext,
  r: GraphRequest,
  media: StoredMedia,
): GraphErrorResponse | null {
  const token = bearer(r);
  if (!token) return invalidTokenError();
  const owner = media.phoneNumberId ? ctx.state.numbers.get(media.phoneNumberId) : undefined;
  return owner && owner.accessToken !== token ? invalidTokenError() : null;
}

/**
 * Applies an injected failure: waits, drops the connection or answers the error. Returns true when
 * the request has been fully answered (or dropped) by the failure.
 */
export async function applyFailure(
  ctx: EmulatorContext,
  r: GraphRequest,
  failure: ResolvedFailureSpec | undefined,
  meta: { phoneNumberId: string; endpoint: FailureEndpoint; to?: string },
): Promise<boolean> {
  if (!failure) return false;
  if (failure.delayMs) await sleep(failure.delayMs);
  if (failure.dropConnection) {
    ctx.state.recordRejected({
      ...meta,
      httpStatus: 0,
      code: null,
      message: "connection dropped",
      injected: true,
    });
    r.req.socket.destroy();
    return true;
  }
  if (failure.asStatus) return false;
  if (failure.graphCode !== undefined) {
    const error = graphError(failure.graphCode, {
      details: failure.details,
      status: failure.httpStatus,
    });
    answerError(ctx, r, error, { ...meta, injected: true });
    return true;
  }
  if (failure.httpStatus !== undefined) {
    ctx.state.recordRejected({
      ...meta,
      httpStatus: failure.httpStatus,
      code: null,
      message: "injected HTTP error",
      injected: true,
    });
    if (!r.res.writableEnded) {
      r.res.writeHead(failure.httpStatus, { "content-type": "text/plain" });
      r.res.end(failure.details ?? "Internal Server Error");
    }
    return true;
  }
  return false;
}
