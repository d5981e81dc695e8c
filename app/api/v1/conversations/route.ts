import { apiRoute } from "@/lib/public-api/api-route";
import { listConversationsEndpoint } from "@/lib/public-api/endpoints/conversations";

export const GET = apiRoute(listConversationsEndpoint);
