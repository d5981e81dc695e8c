import { apiRoute } from "@/lib/public-api/api-route";
import { getFlowEndpoint } from "@/lib/public-api/endpoints/flows";

export const GET = apiRoute(getFlowEndpoint);
