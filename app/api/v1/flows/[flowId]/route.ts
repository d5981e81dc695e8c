import { apiRoute } from "@/lib/public-api/api-route";
import { getFlowEndpoint } from "@/lib/public-api/endpoints/flows";
import { updateFlowEndpoint } from "@/lib/public-api/endpoints/publishing";

export const GET = apiRoute(getFlowEndpoint);
export const PATCH = apiRoute(updateFlowEndpoint);
