import { apiRoute } from "@/lib/public-api/api-route";
import { createFlowEndpoint, listFlowsEndpoint } from "@/lib/public-api/endpoints/flows";

export const GET = apiRoute(listFlowsEndpoint);
export const POST = apiRoute(createFlowEndpoint);
