/**
 * Sorts every way a Cloud API call can fail into what the runtime should do about it. Meta asks
 * integrators to branch on `error.code` (titles are being deprecated), so codes decide first and the
 * HTTP status only when there is no Graph error in the body (proxies, load balancers, outages).
 *
 * - window_closed: the 24-hour window is closed; only a template can reach the customer.
 * - rate_limited: throughput, pair or app rate limit; retry later with back-off.
 * - transient: Meta or the network hiccuped; retry with back-off.
 * - permanent: the request itself is wrong or undeliverable; retrying cannot help.
 * - auth: the channel is unhealthy (token, permissions, account state); stop sending on it.
 */
import { z } from "zod";
import { graphErrorBodySchema } from "./graph-error-body";

export const errorKindSchema = z.enum([
  "window_closed",
  "rate_limited",
  "transient",
  "permanent",
  "auth",
]);
export type ErrorKind = z.infer<typeof errorKindSchema>;

export const classifiedErrorSchema = z.object({
  kind: errorKindSchema,
  /** Graph error code; null when the failure carried none (network, bare HTTP error, local). */
  code: z.number().nullable(),
  subcode: z.number().optional(),
  message: z.string(),
  details: z.string().optional(),
  fbtraceId: z.string().optional(),
  httpStatus: z.number().optional(),
  /** Where the failure came from: a Graph error body, a bare HTTP status, the network, our timeout, or a check before sending. */
  source: z.enum(["graph", "http", "network", "timeout", "local"]),
  retryable: z.boolean(),
});
export type ClassifiedError = z.infer<typeof classifiedErrorSchema>;

const CODES: Record<Exclude<ErrorKind, "permanent">, ReadonlySet<number>> = {
  window_closed: new Set([131047]),
  // 4 app calls, 17/32/613 user and page limits, 80007 WABA limit, 130429 throughput,
  // 131048 spam-rate limit, 131056 business–customer pair limit.
  rate_limited: new Set([4, 17, 32, 613, 80007, 130429, 131048, 131056]),
  // 1 unknown, 2 service, 131000 "something went wrong", 131016 service unavailable,
  // 131057 account in maintenance, 133004 server temporarily unavailable.
  transient: new Set([1, 2, 131000, 131016, 131057, 133004]),
  // 0/102/104/190/463/467 token problems, 3/10 permissions, 368 policy block, 131031 account
  // locked, 131042 payment problem, 133010 number not registered: all need a human on the channel.
  auth: new Set([0, 3, 10, 102, 104, 190, 368, 463, 467, 131031, 131042, 133010]),
};

const RETRYABLE: ReadonlySet<ErrorKind> = new Set(["rate_limited", "transient"]);

/** The kind for a Graph error code; unknown codes fall back on the HTTP status. */
export function kindForCode(code: number, httpStatus?: number): ErrorKind {
  if (code >= 200 && code <= 299) return "auth";
  for (const kind of ["window_closed", "rate_limited", "transient", "auth"] as const) {
    if (CODES[kind].has(code)) return kind;
  }
  // 100 invalid parameter, 131008/131009 parameters, 131026 undeliverable, 131051 unsupported
  // type, 1320xx template problems… and any code we have not met: a 5xx is worth a retry, a 4xx not.
  return httpStatus !== undefined && httpStatus >= 500 ? "transient" : "permanent";
}

function kindForStatus(httpStatus: number): ErrorKind {
  if (httpStatus === 429) return "rate_limited";
  if (httpStatus === 401 || httpStatus === 403) return "auth";
  if (httpStatus >= 500 || httpStatus === 408) return "transient";
  return "permanent";
}

function build(
  kind: ErrorKind,
  fields: Omit<ClassifiedError, "kind" | "retryable">,
): ClassifiedError {
  return { kind, ...fields, retryable: RETRYABLE.has(kind) };
}

function parseBody(body: unknown): unknown {
  if (typeof body !== "string") return body;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function networkError(error: unknown): ClassifiedError {
  const name = error instanceof Error ? error.name : "";
  const timedOut = name === "TimeoutError" || name === "AbortError";
  const cause =
    error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  const message = error instanceof Error ? error.message + cause : String(error);
  return build("transient", { code: null, message, source: timedOut ? "timeout" : "network" });
}

/**
 * `httpStatus` null means the request never got an answer: `bodyOrError` is then what fetch threw.
 * Otherwise `bodyOrError` is the answer's body, parsed or as text.
 */
export function classifyError(httpStatus: number | null, bodyOrError: unknown): ClassifiedError {
  if (httpStatus === null) return networkError(bodyOrError);
  const parsed = graphErrorBodySchema.safeParse(parseBody(bodyOrError));
  const graph = parsed.success ? parsed.data.error : undefined;
  if (graph?.code !== undefined) {
    let kind = kindForCode(graph.code, httpStatus);
    if (kind === "permanent" && graph.is_transient) kind = "transient";
    const error = build(kind, {
      code: graph.code,
      message: graph.message ?? `Graph API error ${graph.code}`,
      httpStatus,
      source: "graph",
    });
    if (graph.error_subcode !== undefined) error.subcode = graph.error_subcode;
    if (graph.error_data?.details) error.details = graph.error_data.details;
    if (graph.fbtrace_id) error.fbtraceId = graph.fbtrace_id;
    return error;
  }
  const text = typeof bodyOrError === "string" ? bodyOrError.trim().slice(0, 200) : "";
  return build(kindForStatus(httpStatus), {
    code: null,
    message: `HTTP ${httpStatus}${text ? `: ${text}` : ""}`,
    httpStatus,
    source: "http",
  });
}
