import { apiRoute } from "@/lib/public-api/api-route";
import { deleteChannelEndpoint } from "@/lib/public-api/endpoints/channels";

export const DELETE = apiRoute(deleteChannelEndpoint);
