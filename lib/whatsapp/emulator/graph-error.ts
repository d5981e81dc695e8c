/**
 * Graph API error answers as Meta shapes them, with the HTTP status Meta uses for each code, so
 * the client's classification is exercised against realistic bodies.
 */
import { randomBytes } from "node:crypto";

type Known = { status: number; title: string; details: string; type?: string };

const KNOWN: Record<number, Known> = {
  0: {
    status: 401,
    title: "AuthException",
    details: "We were unable to authenticate the app user.",
  },
  1: { status: 400, title: "API Unknown", details: "Invalid request or possible server error." },
  2: {
    status: 503,
    title: "API Service",
    details: "Temporary due to downtime or due to being overloaded.",
  },
  4: {
    status: 400,
    title: "Application request limit reached",
    details: "The app has reached its API call rate limit.",
  },
  10: {
    status: 403,
    title: "Application does not have permission for this action",
    details: "Permission is either not granted or has been removed.",
  },
  100: {
    status: 400,
    title: "Invalid parameter",
    details: "The request included one or more unsupported or misspelled parameters.",
  },
  190: {
    status: 401,
    title: "Invalid OAuth access token - Cannot parse access token",
    details: "The access token is invalid or has expired.",
    type: "OAuthException",
  },
  200: {
    status: 403,
    title: "Permissions error",
    details: "Permission is either not granted or has been removed.",
  },
  368: {
    status: 403,
    title: "Temporarily blocked for policies violations",
    details:
      "The WhatsApp Business Account has been restricted or disabled for violating a platform policy.",
  },
  80007: {
    status: 400,
    title: "Rate limit issues",
    details: "The WhatsApp Business Account has reached its rate limit.",
  },
  130429: {
    status: 400,
    title: "Rate limit hit",
    details: "Cloud API message throughput has been reached.",
  },
  131000: {
    status: 500,
    title: "Something went wrong",
    details: "Message failed to send due to an unknown error.",
  },
  131008: {
    status: 400,
    title: "Required parameter is missing",
    details: "The request is missing a required parameter.",
  },
  131009: {
    status: 400,
    title: "Parameter value is not valid",
    details: "One or more parameter values are invalid.",
  },
  131026: { status: 400, title: "Message Undeliverable", details: "Unable to deliver message." },
  131031: {
    status: 403,
    title: "Account has been locked",
    details: "The WhatsApp Business Account is restricted or disabled.",
  },
  131047: {
    status: 400,
    title: "Re-engagement message",
    details:
      "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
  },
  131048: {
    status: 400,
    title: "Spam rate limit hit",
    details:
      "Message failed to send because there are restrictions on how many messages can be sent from this phone number.",
  },
  131051: {
    status: 400,
    title: "Unsupported message type",
    details: "Message type is not currently supported.",
  },
  131056: {
    status: 400,
    title: "(Business Account, Consumer Account) pair rate limit hit",
    details:
      "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.",
  },
  132000: {
    status: 400,
    title: "Number of parameters does not match the expected number of params",
    details: "The number of parameters provided does not match the template.",
  },
  132001: {
    status: 404,
    title: "Template does not exist",
    details: "The template does not exist in the specified language or has not been approved.",
  },
  133010: {
    status: 400,
    title: "Phone number Not Registered",
    details: "The phone number is not registered on the WhatsApp Business Platform.",
  },
};

/** Meta's title for a code, as used in error objects of `failed` status webhooks. */
export function graphErrorTitle(code: number): string {
  return KNOWN[code]?.title ?? `Error ${code}`;
}

export type GraphErrorResponse = { status: number; body: Record<string, unknown> };

export function graphError(
  code: number,
  options: {
    details?: string;
    message?: string;
    subcode?: number;
    status?: number;
    type?: string;
  } = {},
): GraphErrorResponse {
  const known = KNOWN[code];
  const title = known?.title ?? `Error ${code}`;
  const error: Record<string, unknown> = {
    message: options.message ?? (code === 190 ? title : `(#${code}) ${title}`),
    type: options.type ?? known?.type ?? "OAuthException",
    code,
    error_data: {
      messaging_product: "whatsapp",
      details: options.details ?? known?.details ?? title,
    },
  };
  if (options.subcode !== undefined) error.error_subcode = options.subcode;
  error.fbtrace_id = randomBytes(9).toString("base64url");
  return { status: options.status ?? known?.status ?? 400, body: { error } };
}

/** What Graph answers for an id the token cannot see (e.g. a wrong phone number id). */
export function unknownObjectError(id: string, method: "get" | "post"): GraphErrorResponse {
  return graphError(100, {
    subcode: 33,
    type: "GraphMethodException",
    message: `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
  });
}

/** The answer for a missing or wrong bearer token. */
export function invalidTokenError(): GraphErrorResponse {
  return graphError(190);
}
