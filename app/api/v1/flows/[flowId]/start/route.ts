import { apiRoute } from "@/lib/public-api/api-route";
import { startFlowEndpoint } from "@/lib/public-api/endpoints/conversations";

export const POST = apiRoute(startFlowEndpoint);
