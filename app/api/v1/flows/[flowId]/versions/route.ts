import { apiRoute } from "@/lib/public-api/api-route";
import { listVersionsEndpoint } from "@/lib/public-api/endpoints/publishing";

export const GET = apiRoute(listVersionsEndpoint);
