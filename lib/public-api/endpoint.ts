import { z } from "zod";
import type { Db } from "@/lib/db";
import type { ApiCaller, ApiKeyScope } from "./api-keys";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** A zod schema with the name it carries in the OpenAPI document's components. */
export interface NamedSchema<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
}

export interface EndpointResponse {
  status: number;
  description: string;
  body?: NamedSchema;
}

/**
 * One public API operation: what it accepts and answers (validated at run time and published in
 * the OpenAPI document from the same zod schemas) and what it does.
 */
export interface Endpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI path template, e.g. `/api/v1/flows/{flowId}`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  scope: ApiKeyScope;
  /** Path parameters; anything they reject answers 404. Use NO_PARAMS when there are none. */
  params: P;
  query: Q;
  /** Use NO_BODY for operations without a request body. */
  body: NamedSchema<B>;
  responses: EndpointResponse[];
  handle: (ctx: EndpointContext<z.output<P>, z.output<Q>, z.output<B>>) => Promise<EndpointResult>;
}

export interface EndpointContext<P, Q, B> {
  caller: ApiCaller;
  db: Db;
  params: P;
  query: Q;
  body: B;
  request: Request;
}

export interface EndpointResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const NO_PARAMS = z.object({});
export const NO_QUERY = z.object({});
export const NO_BODY: NamedSchema<z.ZodUndefined> = { name: "", schema: z.undefined() };

/** Keeps each endpoint's schema types tied to its handler without widening them. */
export function defineEndpoint<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  endpoint: Endpoint<P, Q, B>,
): Endpoint<P, Q, B> {
  return endpoint;
}
