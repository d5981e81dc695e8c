import { apiRoute } from "@/lib/public-api/api-route";
import { createChannelEndpoint, listChannelsEndpoint } from "@/lib/public-api/endpoints/channels";

export const GET = apiRoute(listChannelsEndpoint);
export const POST = apiRoute(createChannelEndpoint);
