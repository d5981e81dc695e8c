import { apiRoute } from "@/lib/public-api/api-route";
import { publishFlowEndpoint, unpublishFlowEndpoint } from "@/lib/public-api/endpoints/publishing";

export const POST = apiRoute(publishFlowEndpoint);
export const DELETE = apiRoute(unpublishFlowEndpoint);
