import { NextResponse, type NextRequest } from "next/server";
import { publicOrigin } from "@/lib/api/public-url";
import { endpoints } from "@/lib/public-api/endpoints";
import { buildOpenApiDocument } from "@/lib/public-api/openapi";

/** Public, like any API reference: it describes the API, it opens nothing. */
export function GET(request: NextRequest) {
  return NextResponse.json(buildOpenApiDocument(endpoints, publicOrigin(request)));
}
