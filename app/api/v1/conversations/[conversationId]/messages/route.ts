import { apiRoute } from "@/lib/public-api/api-route";
import { listMessagesEndpoint } from "@/lib/public-api/endpoints/conversations";

export const GET = apiRoute(listMessagesEndpoint);
